package org.c2desk.web.console.cmdb;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Places the boxes and arrows of a CI's relation graph: the CIs relating to it on the left, the CI in the middle, the
 * CIs it relates to on the right, each column centred on the middle one. Plain arithmetic, apart from the page, so
 * that it can be checked without JSF.
 */
public final class CiGraphLayout {

    static final int WIDTH = 1000;
    static final int NODE_WIDTH = 230;
    static final int NODE_HEIGHT = 40;
    static final int ROW = 56;

    /** Distance of the side columns from the drawing's edges. */
    private static final int MARGIN = 8;

    private CiGraphLayout() {}

    /** A CI as a box shows it. */
    record Box(UUID id, String number, String name) {}

    /** A relation to or from the CI shown: the other CI and the relation type's name. */
    record Link(Box other, String type) {}

    /** A box of the graph; {@code self} is the CI shown. */
    public record Node(UUID id, String number, String name, int x, int y, boolean self) implements Serializable {}

    /**
     * An arrow of the graph from (x1, y1) to (x2, y2), with its relation type written at (lx, ly) beside the other CI's
     * box (anchor "start" or "end"), so that labels of arrows meeting at this CI never overlap.
     */
    public record Edge(int x1, int y1, int x2, int y2, String label, int lx, int ly, String anchor)
            implements Serializable {}

    /** The placed graph and the drawing's height (its width is {@link #WIDTH}). */
    record Graph(List<Node> nodes, List<Edge> edges, int height) {}

    /** The graph of {@code self} with the CIs relating to it ({@code in}) and those it relates to ({@code out}). */
    static Graph of(Box self, List<Link> in, List<Link> out) {
        int rows = Math.max(1, Math.max(in.size(), out.size()));
        int height = rows * ROW + 24;
        int center = height / 2 - NODE_HEIGHT / 2;
        int middleX = (WIDTH - NODE_WIDTH) / 2;
        List<Node> placed = new ArrayList<>();
        List<Edge> arrows = new ArrayList<>();
        placed.add(new Node(self.id(), self.number(), self.name(), middleX, center, true));
        for (int i = 0; i < in.size(); i++) {
            Link r = in.get(i);
            int y = top(height, i, in.size());
            placed.add(new Node(r.other().id(), r.other().number(), r.other().name(), MARGIN, y, false));
            arrows.add(new Edge(
                    MARGIN + NODE_WIDTH,
                    y + NODE_HEIGHT / 2,
                    middleX,
                    center + NODE_HEIGHT / 2,
                    r.type(),
                    MARGIN + NODE_WIDTH + 6,
                    y + NODE_HEIGHT / 2 - 6,
                    "start"));
        }
        for (int i = 0; i < out.size(); i++) {
            Link r = out.get(i);
            int y = top(height, i, out.size());
            int x = WIDTH - NODE_WIDTH - MARGIN;
            placed.add(new Node(r.other().id(), r.other().number(), r.other().name(), x, y, false));
            arrows.add(new Edge(
                    middleX + NODE_WIDTH,
                    center + NODE_HEIGHT / 2,
                    x,
                    y + NODE_HEIGHT / 2,
                    r.type(),
                    x - 10,
                    y + NODE_HEIGHT / 2 - 6,
                    "end"));
        }
        return new Graph(List.copyOf(placed), List.copyOf(arrows), height);
    }

    /** The top of the {@code index}th of {@code count} boxes of a column centred in a drawing {@code height} high. */
    private static int top(int height, int index, int count) {
        int block = count * ROW;
        return (height - block) / 2 + index * ROW + (ROW - NODE_HEIGHT) / 2;
    }
}
