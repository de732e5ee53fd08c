package crossover.export;

import crossover.chart.ChartSpec;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The chart as a PNG at 1x–4x. Its pHYs chunk says 96 × scale pixels per inch, so slide software places a 3x
 * image at the chart's logical size, sharp.
 */
public final class PngExport {

    /**
     * The most pixels a PNG may have: 8000 × 8000 at 1x, 4000 × 4000 at 2x. The image is held in memory at 4 bytes a
     * pixel while it is drawn and deflated, so this is about 256 MB and a few seconds; 8000 × 8000 at 4x took 6 GB
     * and over a minute.
     */
    public static final long MAX_PIXELS = 64_000_000L;
    private static final double INCHES_PER_METRE = 39.3700787;

    private PngExport() {
    }

    /**
     * Why a PNG of this size cannot be made, as a clause naming the largest allowed, or empty when it can. The
     * window's export dialog and the command line both show it.
     */
    public static Optional<String> sizeProblem(ExportOptions o) {
        long width = (long) o.width() * o.scale();
        long height = (long) o.height() * o.scale();
        if (width * height <= MAX_PIXELS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "a PNG of %d × %d pixels (%d × %d at %dx) has %,d pixels, more "
                        + "than the largest allowed, %,d (for example 8000 × 8000 at 1x or 4000 × 4000 at 2x); lower "
                        + "the size or the scale", width, height, o.width(), o.height(), o.scale(), width * height,
                MAX_PIXELS));
    }

    /** The cost chart rendered at {@code width × scale} by {@code height × scale} pixels. */
    public static BufferedImage render(ChartSpec spec, ExportOptions o) {
        return render(Drawing.of(spec), o);
    }

    /** A drawing rendered at {@code width × scale} by {@code height × scale} pixels. */
    public static BufferedImage render(Drawing drawing, ExportOptions o) {
        sizeProblem(o).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        BufferedImage image = new BufferedImage(o.width() * o.scale(), o.height() * o.scale(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(o.scale(), o.scale());
            drawing.draw(g, o.theme(), o.width(), o.height());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the cost chart as PNG, with its physical resolution. */
    public static void write(OutputStream out, ChartSpec spec, ExportOptions o) throws IOException {
        write(out, Drawing.of(spec), o);
    }

    /** Writes a drawing as PNG, with its physical resolution. */
    public static void write(OutputStream out, Drawing drawing, ExportOptions o) throws IOException {
        BufferedImage image = render(drawing, o);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            addPhysicalSize(metadata, 96.0 * o.scale());
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static void addPhysicalSize(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        String pixelsPerMetre = Long.toString(Math.round(dpi * INCHES_PER_METRE));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}
