package crossover.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.ActionUtils;

/** The menus: an item per command (label, key and state from the command), recent files and samples. */
final class MainMenuBar extends MenuBar {

    MainMenuBar(Commands c, ScenarioDocument doc) {
        setId("menus");
        Menu recent = new Menu("Open Recent");
        recent.disableProperty().bind(Bindings.isEmpty(doc.recentFiles()));
        doc.recentFiles().addListener((ListChangeListener<Path>) change -> fillRecent(recent, doc));
        fillRecent(recent, doc);
        Menu samples = new Menu("Samples");
        for (Samples.Sample sample : Samples.ALL) {
            MenuItem item = new MenuItem(sample.label());
            item.setOnAction(e -> doc.openSample(sample));
            samples.getItems().add(item);
        }
        Menu file = new Menu("_File", null, item(c.newScenario), item(c.open), recent, samples,
                new SeparatorMenuItem(), item(c.save), item(c.saveAs), item(c.revert), new SeparatorMenuItem(),
                item(c.importPrices), new SeparatorMenuItem(), item(c.export), item(c.copyChart),
                new SeparatorMenuItem(), item(c.quit));

        // A second key for Redo, as many editors have; hidden, so the menu shows one Redo.
        MenuItem redoAlt = new MenuItem("Redo (alternative)");
        redoAlt.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redoAlt.disableProperty().bind(c.redo.disabledProperty());
        redoAlt.setOnAction(c.redo);
        redoAlt.setVisible(false);
        Menu edit = new Menu("_Edit", null, item(c.undo), item(c.redo), redoAlt);

        Menu view = new Menu("_View", null, check(c.logCost), new SeparatorMenuItem(), check(c.darkTheme));
        getMenus().setAll(file, edit, view);
    }

    private static MenuItem item(Command command) {
        MenuItem item = ActionUtils.createMenuItem(command);
        item.setId("menu-" + command.id());
        return item;
    }

    private static MenuItem check(Command command) {
        MenuItem item = ActionUtils.createCheckMenuItem(command);
        item.setId("menu-" + command.id());
        return item;
    }

    private static void fillRecent(Menu menu, ScenarioDocument doc) {
        menu.getItems().setAll(doc.recentFiles().stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> doc.open(path));
            return item;
        }).toList());
    }
}
