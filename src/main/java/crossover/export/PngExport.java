package crossover.export;

import crossover.chart.ChartSpec;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
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

    private static final double INCHES_PER_METRE = 39.3700787;

    private PngExport() {
    }

    /** The cost chart rendered at {@code width × scale} by {@code height × scale} pixels. */
    public static BufferedImage render(ChartSpec spec, ExportOptions o) {
        return render(Drawing.of(spec), o);
    }

    /** A drawing rendered at {@code width × scale} by {@code height × scale} pixels. */
    public static BufferedImage render(Drawing drawing, ExportOptions o) {
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
