package crossover.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a scenario holds besides the inputs every scenario has: the optional sections it includes, and the inputs
 * whose default is another input's value ({@link Input#defaultsTo()}) that it states as its own, so that they stay
 * put (and stay in its file) even where they equal that value.
 *
 * @param sections optional sections present, e.g. {@link Section#ON_PREM}
 * @param stated   inputs with a dependent default that the scenario states
 */
public record Shape(Set<Section> sections, Set<Input> stated) {

    /** No optional section, every dependent default following its input. */
    public static final Shape NONE = new Shape(Set.of(), Set.of());

    public Shape {
        sections = Set.copyOf(sections);
        stated = Set.copyOf(stated);
        for (Section s : sections) {
            if (!s.optional()) {
                throw new IllegalArgumentException(s.id() + " is in every scenario, not an optional section");
            }
        }
        for (Input i : stated) {
            if (i.defaultsTo().isEmpty()) {
                throw new IllegalArgumentException(i.path() + " has a default of its own");
            }
        }
    }

    /** This shape with an optional section added. */
    public Shape with(Section section) {
        Set<Section> more = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        more.add(section);
        return new Shape(more, stated);
    }

    /** This shape with an input's dependent default stated. */
    public Shape stating(Input input) {
        Set<Input> more = stated.isEmpty() ? EnumSet.noneOf(Input.class) : EnumSet.copyOf(stated);
        more.add(input);
        return new Shape(sections, more);
    }
}
