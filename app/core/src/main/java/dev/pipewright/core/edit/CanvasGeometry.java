package dev.pipewright.core.edit;

/**
 * Where the canvas draws things, in canvas units: activity boxes on a grid of layers (columns) and rows, and the
 * dependency arrows between them — a cubic curve from the middle of the upstream box's right edge to the middle of
 * the downstream box's left edge, bent horizontally by half the distance (at least 40). Auto layout and the canvas
 * share it, so a layout checked here is what the canvas shows.
 */
public final class CanvasGeometry {
    public static final double WIDTH = 200;
    public static final double HEIGHT = 60;
    /** A container's box grows by one line per branch. */
    public static final double BRANCH_LINE = 18;
    public static final double LAYER_GAP = 80;
    public static final double ROW_GAP = 40;
    public static final double MARGIN = 40;
    /** From one row's top to the next: a box with two branch lines and the gap. */
    public static final double ROW_PITCH = HEIGHT + ROW_GAP + 2 * BRANCH_LINE;
    /** Parallel arrows of one pair (one per dependency condition) are this far apart. */
    public static final double LANE = 8;
    /** How near an arrow may pass a box it does not touch (the width of its stroke, with antialiasing). */
    static final double CLEARANCE = 3;
    private static final int CURVE_STEPS = 48;

    private CanvasGeometry() {
    }

    public static double x(int layer) {
        return MARGIN + layer * (WIDTH + LAYER_GAP);
    }

    public static double y(int row) {
        return MARGIN + row * ROW_PITCH;
    }

    public static double height(int branches) {
        return HEIGHT + BRANCH_LINE * branches;
    }

    /** How many rows a box of that many branches takes. */
    static int rows(int branches) {
        return Math.max(1, (int) Math.ceil((height(branches) + ROW_GAP / 2) / ROW_PITCH));
    }

    /** The horizontal pull of an arrow's two control points. */
    public static double bend(double startX, double endX) {
        return Math.max(40, Math.abs(endX - startX) / 2);
    }

    /**
     * Whether the arrow from (sx, sy) to (ex, ey) passes through the rectangle, with {@link #CLEARANCE} to spare: the
     * curve is followed in short straight pieces.
     */
    public static boolean arrowMeets(double sx, double sy, double ex, double ey, double minX, double minY, double maxX, double maxY) {
        return pathMeets(new double[] {sx, ex}, new double[] {sy, ey}, minX, minY, maxX, maxY);
    }

    /**
     * Whether an arrow through the points {@code (x[i], y[i])} passes through the rectangle: from one point to the next
     * it is a curve, then a straight line, alternately (a routed arrow: the start, each slot's left and right ends at
     * the arrow's height, the end).
     */
    public static boolean pathMeets(double[] x, double[] y, double minX, double minY, double maxX, double maxY) {
        double x0 = minX - CLEARANCE, y0 = minY - CLEARANCE, x1 = maxX + CLEARANCE, y1 = maxY + CLEARANCE;
        for (int i = 0; i + 1 < x.length; i++) {
            if (i % 2 == 1) {
                if (segmentMeets(x[i], y[i], x[i + 1], y[i + 1], x0, y0, x1, y1)) return true;
                continue;
            }
            double sx = x[i], sy = y[i], ex = x[i + 1], ey = y[i + 1], b = bend(sx, ex);
            double px = sx, py = sy;
            for (int k = 1; k <= CURVE_STEPS; k++) {
                double t = (double) k / CURVE_STEPS, u = 1 - t;
                double qx = u * u * u * sx + 3 * u * u * t * (sx + b) + 3 * u * t * t * (ex - b) + t * t * t * ex;
                double qy = u * u * u * sy + 3 * u * u * t * sy + 3 * u * t * t * ey + t * t * t * ey;
                if (segmentMeets(px, py, qx, qy, x0, y0, x1, y1)) return true;
                px = qx;
                py = qy;
            }
        }
        return false;
    }

    /** Liang–Barsky clipping of a segment against a rectangle. */
    private static boolean segmentMeets(double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1) {
        double dx = bx - ax, dy = by - ay, lo = 0, hi = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return false;
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) lo = Math.max(lo, r); else hi = Math.min(hi, r);
                if (lo > hi) return false;
            }
        }
        return true;
    }
}
