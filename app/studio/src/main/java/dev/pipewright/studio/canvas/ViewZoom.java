package dev.pipewright.studio.canvas;

import javafx.scene.layout.Region;
import javafx.scene.transform.Translate;

/**
 * The canvas view's zoom and pan: by a factor about a point of the view, and to fit every activity in the view where
 * the minimap does not cover it. The zoom is the view model's, the pan the view's translation.
 */
final class ViewZoom {
    private final CanvasViewModel viewModel;
    private final Translate pan;
    private final Region view;

    ViewZoom(CanvasViewModel viewModel, Translate pan, Region view) {
        this.viewModel = viewModel;
        this.pan = pan;
        this.view = view;
    }

    /** Zooms by {@code factor} (within the canvas's limits), keeping the canvas point under (x, y) of the view in place. */
    void at(double factor, double x, double y) {
        double old = viewModel.zoomProperty().get();
        double now = Math.max(CanvasView.MIN_ZOOM, Math.min(CanvasView.MAX_ZOOM, old * factor));
        double underX = (x - pan.getX()) / old, underY = (y - pan.getY()) / old;
        viewModel.zoomProperty().set(now);
        pan.setX(x - underX * now);
        pan.setY(y - underY * now);
    }

    /**
     * Zooms (at most to 100 %) and pans so every activity is in the view; when, centred, they would meet the minimap
     * in its corner, they fit above it or left of it instead, whichever shows them larger.
     */
    void fit() {
        double width = view.getWidth(), height = view.getHeight();
        if (viewModel.nodes().isEmpty() || width <= 0) return;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (ActivityNodeModel m : viewModel.nodes()) {
            minX = Math.min(minX, m.xProperty().get());
            minY = Math.min(minY, m.yProperty().get());
            maxX = Math.max(maxX, m.xProperty().get() + m.width());
            maxY = Math.max(maxY, m.yProperty().get() + m.height());
        }
        double w = maxX - minX, h = maxY - minY;
        double z = zoomToShow(w, h, width, height);
        double areaW = width, areaH = height;
        double mapW = MiniMap.widthIn(width);
        double mapLeft = width - mapW - 2 * MiniMap.GAP, mapTop = height - MiniMap.heightOf(mapW) - 2 * MiniMap.GAP;
        boolean underMap = MiniMap.fits(mapW, width, height) && (width + w * z) / 2 > mapLeft && (height + h * z) / 2 > mapTop;
        if (underMap) {
            double above = zoomToShow(w, h, width, mapTop), left = zoomToShow(w, h, mapLeft, height);
            z = Math.max(above, left);
            if (above >= left) areaH = mapTop;
            else areaW = mapLeft;
        }
        viewModel.zoomProperty().set(z);
        pan.setX((areaW - w * z) / 2 - minX * z);
        pan.setY((areaH - h * z) / 2 - minY * z);
    }

    /** The zoom (at most 100 %) that shows {@code w} × {@code h} canvas units, with margins, in an area of the view. */
    private static double zoomToShow(double w, double h, double areaW, double areaH) {
        double margin = CanvasViewModel.MARGIN;
        return Math.max(CanvasView.MIN_ZOOM, Math.min(1, Math.min(areaW / (w + 2 * margin), areaH / (h + 2 * margin))));
    }
}
