package crossover.ui.controls;

import java.util.Objects;
import javafx.scene.layout.Pane;
import javafx.scene.shape.SVGPath;
import org.controlsfx.tools.Duplicatable;

/**
 * The window's icons: outlines of eight glyphs of the Material Design Icons 5.8.55 webfont (Pictogrammers; icons
 * under the Apache License 2.0), at 18 px on an 18 px square, as the font drew them at the theme's icon size. Drawn
 * as paths instead of through an icon-font library: loading that library's icon enums (7,000 constants) and its
 * 26 handlers took about 100 ms of every start with the ahead-of-time cache, 200 ms without (README Benchmarks).
 */
public enum Icon {

    /** mdi-folder-open-outline (U+F0DCF). */
    OPEN("M4.58 7.48L2.98 13.5L2.98 6.02L15.75 6.02Q15.75 5.38 15.31 4.94Q14.88 4.5 14.23 4.5L9 4."
            + "5L7.48 2.98L2.98 2.98Q2.39 2.98 1.95 3.42Q1.52 3.86 1.52 4.5L1.52 13.5Q1.52 14.13 1.95 1"
            + "4.58Q2.39 15.02 2.98 15.02L14.23 15.02Q14.77 15.02 15.17 14.7Q15.58 14.38 15.69 13.89L17"
            + ".41 7.48L4.58 7.48ZM14.23 13.5L4.5 13.5L5.7 9L15.44 9L14.23 13.5Z"),
    /** mdi-content-save-outline (U+F0818). */
    SAVE("M12.77 2.25L3.77 2.25Q3.13 2.25 2.69 2.69Q2.25 3.13 2.25 3.77L2.25 14.23Q2.25 14.88 2.69"
            + " 15.31Q3.13 15.75 3.77 15.75L14.23 15.75Q14.88 15.75 15.31 15.31Q15.75 14.88 15.75 14.23"
            + "L15.75 5.23L12.77 2.25ZM14.23 14.23L3.77 14.23L3.77 3.77L12.13 3.77L14.23 5.88L14.23 14."
            + "23ZM9 9Q8.05 9 7.39 9.66Q6.75 10.3 6.75 11.25Q6.75 12.2 7.39 12.86Q8.05 13.5 9 13.5Q9.95"
            + " 13.5 10.59 12.86Q11.25 12.2 11.25 11.25Q11.25 10.3 10.59 9.66Q9.95 9 9 9ZM4.5 4.5L11.25"
            + " 4.5L11.25 7.48L4.5 7.48L4.5 4.5Z"),
    /** mdi-export (U+F0207). */
    EXPORT("M17.27 9L14.23 6.02L14.23 8.27L7.48 8.27L7.48 9.73L14.23 9.73L14.23 11.98L17.27 9ZM0.73 "
            + "13.5L0.73 4.5Q0.73 3.86 1.17 3.42Q1.63 2.98 2.25 2.98L11.25 2.98Q11.89 2.98 12.33 3.42Q1"
            + "2.77 3.86 12.77 4.5L12.77 6.75L11.25 6.75L11.25 4.5L2.25 4.5L2.25 13.5L11.25 13.5L11.25 "
            + "11.25L12.77 11.25L12.77 13.5Q12.77 14.13 12.33 14.58Q11.89 15.02 11.25 15.02L2.25 15.02Q"
            + "1.63 15.02 1.17 14.58Q0.73 14.13 0.73 13.5Z"),
    /** mdi-content-copy (U+F018F). */
    COPY("M14.23 15.75L6.02 15.75L6.02 5.23L14.23 5.23L14.23 15.75ZM14.23 3.77L6.02 3.77Q5.38 3.77"
            + " 4.94 4.2Q4.5 4.64 4.5 5.23L4.5 15.75Q4.5 16.39 4.94 16.83Q5.38 17.27 6.02 17.27L14.23 1"
            + "7.27Q14.88 17.27 15.31 16.83Q15.75 16.39 15.75 15.75L15.75 5.23Q15.75 4.64 15.31 4.2Q14."
            + "88 3.77 14.23 3.77ZM11.98 0.73L2.98 0.73Q2.39 0.73 1.95 1.17Q1.52 1.61 1.52 2.25L1.52 12"
            + ".77L2.98 12.77L2.98 2.25L11.98 2.25L11.98 0.73Z"),
    /** mdi-undo (U+F054C). */
    UNDO("M9.39 6.02Q7.91 6.02 6.59 6.53Q5.28 7.03 4.19 7.94L1.52 5.23L1.52 11.98L8.27 11.98L5.52 "
            + "9.28Q7.2 7.88 9.39 7.88Q11.36 7.88 12.92 9.03Q14.48 10.19 15.08 11.98L16.84 11.42Q16.06 "
            + "9.03 14 7.53Q11.95 6.02 9.39 6.02Z"),
    /** mdi-redo (U+F044E). */
    REDO("M13.81 7.94Q12.73 7.03 11.41 6.53Q10.09 6.02 8.61 6.02Q6.05 6.02 3.98 7.53Q1.94 9.03 1.1"
            + "6 11.42L2.92 11.98Q3.52 10.19 5.08 9.03Q6.64 7.88 8.61 7.88Q10.8 7.88 12.48 9.28L9.73 11"
            + ".98L16.48 11.98L16.48 5.23L13.81 7.94Z"),
    /** mdi-math-log (U+F1085). */
    LOG("M13.5 5.23Q12.88 5.23 12.42 5.67Q11.98 6.11 11.98 6.75L11.98 11.25Q11.98 11.88 12.42 12."
            + "33Q12.88 12.77 13.5 12.77L15.02 12.77Q15.61 12.77 16.05 12.33Q16.48 11.88 16.48 11.25L16"
            + ".48 8.27L15.02 8.27L15.02 11.25L13.5 11.25L13.5 6.75L16.48 6.75L16.48 5.23L13.5 5.23ZM1."
            + "52 5.23L1.52 12.77L6.02 12.77L6.02 11.25L2.98 11.25L2.98 5.23L1.52 5.23ZM8.27 5.23Q7.63 "
            + "5.23 7.19 5.67Q6.75 6.11 6.75 6.75L6.75 11.25Q6.75 11.88 7.19 12.33Q7.63 12.77 8.27 12.7"
            + "7L9.73 12.77Q10.38 12.77 10.81 12.33Q11.25 11.88 11.25 11.25L11.25 6.75Q11.25 6.11 10.81"
            + " 5.67Q10.38 5.23 9.73 5.23L8.27 5.23ZM8.27 6.75L9.73 6.75L9.73 11.25L8.27 11.25L8.27 6.7"
            + "5Z"),
    /** mdi-weather-night (U+F0594). */
    NIGHT("M13.33 3.06L11.42 4.53L12.09 6.81L10.13 5.45L8.16 6.81L8.83 4.53L6.92 3.06L9.31 2.98L10."
            + "13 0.73L10.94 2.98L13.33 3.06ZM15.92 8.27L14.7 9.17L15.16 10.69L13.89 9.81L12.59 10.69L1"
            + "3.05 9.17L11.81 8.27L13.36 8.22L13.89 6.75L14.38 8.22L15.92 8.27ZM14.23 11.95Q14.52 11.9"
            + "2 14.81 12.17Q15.13 12.41 15.2 12.75Q15.3 13.08 15.13 13.36Q14.73 13.92 14.31 14.31Q12.8"
            + "8 15.75 10.94 16.25Q9 16.77 7.06 16.25Q5.14 15.75 3.69 14.31Q2.25 12.86 1.75 10.94Q1.27 "
            + "9 1.75 7.06Q2.25 5.13 3.69 3.69Q4.16 3.23 4.64 2.88Q4.92 2.7 5.27 2.81Q5.63 2.92 5.84 3."
            + "2Q6.08 3.48 6.05 3.8Q5.91 5.41 6.45 7Q7 8.58 8.2 9.8Q9.42 11 11 11.56Q12.59 12.13 14.23 "
            + "11.95ZM13.02 13.47Q11.39 13.39 9.86 12.73Q8.33 12.06 7.13 10.88Q5.94 9.67 5.27 8.16Q4.61"
            + " 6.64 4.53 5.03Q3.48 6.19 3.14 7.69Q2.81 9.17 3.23 10.66Q3.66 12.13 4.77 13.23Q5.88 14.3"
            + "4 7.34 14.77Q8.83 15.19 10.33 14.86Q11.84 14.52 13.02 13.47Z");

    private static final double SIZE = 18;
    /** The outline as SVG path data, on an 18 px square. */
    private final String path;

    Icon(String path) {
        this.path = path;
    }

    /** A new node that shows this icon, filled in the theme's icon colour (its {@code font-icon} rules). */
    public Node node() {
        return new Node(this);
    }

    /** The icon's node: an 18 px square that lays out as the font's glyph did; menus copy it. */
    public static final class Node extends Pane implements Duplicatable<Node> {

        private final Icon icon;

        Node(Icon icon) {
            this.icon = Objects.requireNonNull(icon);
            SVGPath shape = new SVGPath();
            shape.setContent(icon.path);
            shape.getStyleClass().add("font-icon");
            getChildren().add(shape);
            getStyleClass().add("icon");
            setMinSize(SIZE, SIZE);
            setPrefSize(SIZE, SIZE);
            setMaxSize(SIZE, SIZE);
        }

        @Override
        public Node duplicate() {
            return new Node(icon);
        }
    }
}
