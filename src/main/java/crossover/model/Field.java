package crossover.model;

/** One field of a scenario a person sets: a number ({@link Input}) or a choice among named values ({@link Choice}). */
public sealed interface Field permits Input, Choice {

    /** The section it belongs to. */
    Section section();

    /** Its key within the section in files, e.g. {@code dailyRequests}. */
    String key();

    /** Its label, e.g. "Requests per day". */
    String label();

    /** What it means and where its default comes from: the tooltip's text. */
    String help();

    /** The file version that introduced it; older files never contain it. */
    int since();

    /** The dotted path, e.g. {@code workload.dailyRequests}: files, ranges and sources use it. */
    default String path() {
        return section().id() + "." + key();
    }
}
