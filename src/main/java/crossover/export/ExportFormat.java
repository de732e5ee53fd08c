package crossover.export;

/** The export formats, with their file extensions and whether they may go to standard output. */
public enum ExportFormat {
    PNG("png", "PNG image", false),
    SVG("svg", "SVG vector image", true),
    PDF("pdf", "PDF one-page report", false),
    CSV("csv", "CSV of the curves", true);

    private final String extension;
    private final String description;
    private final boolean text;

    ExportFormat(String extension, String description, boolean text) {
        this.extension = extension;
        this.description = description;
        this.text = text;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** Text that can go to standard output; PNG and PDF are binary and go to files only. */
    public boolean isText() {
        return text;
    }
}
