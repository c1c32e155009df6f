package nl.veiligheidsagenda.app.report;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Draws the report's charts into the PDF: the SVG that {@link SvgChart} writes (lines, polylines, polygons,
 * circles, rectangles, straight paths and text), painted as vector graphics through the renderer's Graphics2D. This
 * small reader of our own SVG replaces a general SVG engine (Apache Batik), which made the PDF several times slower
 * and brought fifteen jars. Anything else in an SVG is left out.
 */
final class SvgChartDrawer implements SVGDrawer {

    private static final Font FONT = loadFont();

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext context, double cssWidth, double cssHeight,
                                  double dotsPerPixel) {
        return new Chart(svg, number(svg, "width", 300), number(svg, "height", 150), dotsPerPixel);
    }

    @Override
    public void importFontFaceRules(java.util.List<FontFaceRule> fontFaces, SharedContext shared) {
        // the charts use DejaVu Sans, loaded once
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        // the charts use DejaVu Sans, loaded once
    }

    @Override
    public void close() {
        // nothing held
    }

    private record Chart(Element svg, double width, double height, double dotsPerPixel) implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) (width * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) (height * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            // The renderer takes the size in CSS pixels and the place in its own units.
            device.drawWithGraphics((float) x, (float) y, (float) width, (float) height, graphics -> {
                float fontSize = (float) number(svg, "font-size", 12);
                for (Node node = svg.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element element) {
                        paint(graphics, element, fontSize);
                    }
                }
            });
        }
    }

    private static void paint(Graphics2D graphics, Element element, float fontSize) {
        String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        switch (name) {
            case "line" -> draw(graphics, element, new Line2D.Double(number(element, "x1", 0),
                    number(element, "y1", 0), number(element, "x2", 0), number(element, "y2", 0)));
            case "polyline" -> draw(graphics, element, points(element.getAttribute("points"), false));
            case "polygon" -> draw(graphics, element, points(element.getAttribute("points"), true));
            case "circle" -> {
                double r = number(element, "r", 0);
                draw(graphics, element, new Ellipse2D.Double(number(element, "cx", 0) - r,
                        number(element, "cy", 0) - r, 2 * r, 2 * r));
            }
            case "rect" -> draw(graphics, element, new Rectangle2D.Double(number(element, "x", 0),
                    number(element, "y", 0), number(element, "width", 0), number(element, "height", 0)));
            case "path" -> draw(graphics, element, path(element.getAttribute("d")));
            case "text" -> text(graphics, element, fontSize);
            default -> {
                // title, desc: for people, not painted
            }
        }
    }

    /** Fills (when a fill is given) and strokes (when a stroke is given) a shape. */
    private static void draw(Graphics2D graphics, Element element, Shape shape) {
        Color fill = colour(element.getAttribute("fill"));
        if (fill != null) {
            graphics.setColor(fill);
            graphics.fill(shape);
        }
        Color stroke = colour(element.getAttribute("stroke"));
        if (stroke != null) {
            graphics.setColor(stroke);
            graphics.setStroke(stroke(element));
            graphics.draw(shape);
        }
    }

    private static BasicStroke stroke(Element element) {
        float width = (float) number(element, "stroke-width", 1);
        String dashes = element.getAttribute("stroke-dasharray");
        if (dashes.isBlank()) {
            return new BasicStroke(width);
        }
        String[] parts = dashes.trim().split("[\\s,]+");
        float[] pattern = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            pattern[i] = Float.parseFloat(parts[i]);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, pattern, 0);
    }

    private static void text(Graphics2D graphics, Element element, float defaultSize) {
        Font font = FONT.deriveFont((float) number(element, "font-size", defaultSize));
        graphics.setFont(font);
        graphics.setColor(colour(element.getAttribute("fill")) == null ? Color.BLACK
                : colour(element.getAttribute("fill")));
        String text = element.getTextContent();
        double x = number(element, "x", 0);
        double width = graphics.getFontMetrics(font).stringWidth(text);
        switch (element.getAttribute("text-anchor")) {
            case "middle" -> x -= width / 2;
            case "end" -> x -= width;
            default -> {
                // start
            }
        }
        graphics.drawString(text, (float) x, (float) number(element, "y", 0));
    }

    private static Path2D points(String points, boolean closed) {
        Path2D path = new Path2D.Double();
        String[] coordinates = points.trim().split("[\\s,]+");
        for (int i = 0; i + 1 < coordinates.length; i += 2) {
            double x = Double.parseDouble(coordinates[i]);
            double y = Double.parseDouble(coordinates[i + 1]);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** Straight paths only: M and L with absolute coordinates, as {@link SvgChart} writes them. */
    private static Path2D path(String d) {
        Path2D path = new Path2D.Double();
        String[] tokens = d.trim().replaceAll("([ML])", " $1 ").trim().split("[\\s,]+");
        for (int i = 0; i + 2 < tokens.length; i += 3) {
            double x = Double.parseDouble(tokens[i + 1]);
            double y = Double.parseDouble(tokens[i + 2]);
            if (tokens[i].equals("M")) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        return path;
    }

    private static Color colour(String value) {
        if (value == null || !value.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }

    private static double number(Element element, String attribute, double fallback) {
        String value = element.getAttribute(attribute);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value);
    }

    private static Font loadFont() {
        try (InputStream in = SvgChartDrawer.class.getResourceAsStream(ReportPdf.FONTS + "DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("DejaVu Sans cannot be read", e);
        }
    }
}
