package crossover.export;

import crossover.chart.ChartSpec;
import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/** The chart as SVG through Batik's SVGGraphics2D: vector curves and real, selectable text. */
public final class SvgExport {

    private SvgExport() {
    }

    /** Writes the cost chart. */
    public static void write(OutputStream out, ChartSpec spec, ExportOptions o) throws IOException {
        write(out, Drawing.of(spec), o);
    }

    /** Writes a drawing. */
    public static void write(OutputStream out, Drawing drawing, ExportOptions o) throws IOException {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new Dimension(o.width(), o.height()));
        drawing.draw(g, o.theme(), o.width(), o.height());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(writer, true);
        writer.flush();
        g.dispose();
    }
}
