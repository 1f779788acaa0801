package org.c2desk.web.console.cmdb;

import static org.c2desk.web.console.cmdb.CiGraphLayout.NODE_HEIGHT;
import static org.c2desk.web.console.cmdb.CiGraphLayout.NODE_WIDTH;
import static org.c2desk.web.console.cmdb.CiGraphLayout.ROW;
import static org.c2desk.web.console.cmdb.CiGraphLayout.WIDTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.c2desk.web.console.cmdb.CiGraphLayout.Box;
import org.c2desk.web.console.cmdb.CiGraphLayout.Edge;
import org.c2desk.web.console.cmdb.CiGraphLayout.Graph;
import org.c2desk.web.console.cmdb.CiGraphLayout.Link;
import org.c2desk.web.console.cmdb.CiGraphLayout.Node;
import org.junit.jupiter.api.Test;

/** The CI relation graph's boxes and arrows: columns, centring, arrows from box edge to box edge, no overlap. */
class CiGraphLayoutTest {

    private static final Box SELF = box(1);

    private static Box box(int n) {
        return new Box(new UUID(0, n), Integer.toString(n), "CI " + n);
    }

    private static List<Link> links(int from, int count, String type) {
        return IntStream.range(from, from + count)
                .mapToObj(n -> new Link(box(n), type))
                .toList();
    }

    @Test
    void aLoneCiIsOneBoxCentredInOneRow() {
        Graph graph = CiGraphLayout.of(SELF, List.of(), List.of());
        assertEquals(ROW + 24, graph.height());
        assertEquals(
                List.of(new Node(
                        SELF.id(), "1", "CI 1", (WIDTH - NODE_WIDTH) / 2, (ROW + 24) / 2 - NODE_HEIGHT / 2, true)),
                graph.nodes());
        assertTrue(graph.edges().isEmpty());
    }

    @Test
    void relatingCisAreOnTheLeftRelatedOnesOnTheRight() {
        Graph graph = CiGraphLayout.of(SELF, links(10, 2, "runs on"), links(20, 1, "depends on"));
        Node self = graph.nodes().get(0);
        assertTrue(self.self());
        List<Node> left = graph.nodes().subList(1, 3);
        Node right = graph.nodes().get(3);
        for (Node n : left) {
            assertFalse(n.self());
            assertEquals(8, n.x());
            assertTrue(n.x() + NODE_WIDTH < self.x(), "left column clear of the middle box");
        }
        assertEquals(WIDTH - NODE_WIDTH - 8, right.x());
        assertTrue(self.x() + NODE_WIDTH < right.x(), "right column clear of the middle box");
        assertEquals(
                List.of(new UUID(0, 10), new UUID(0, 11), new UUID(0, 20)),
                graph.nodes().subList(1, 4).stream().map(Node::id).toList());
    }

    @Test
    void theTallerColumnSetsTheHeightAndBothAreCentredOnTheMiddleBox() {
        Graph graph = CiGraphLayout.of(SELF, links(10, 3, "in"), links(20, 1, "out"));
        assertEquals(3 * ROW + 24, graph.height());
        Node self = graph.nodes().get(0);
        List<Node> left = graph.nodes().subList(1, 4);
        Node right = graph.nodes().get(4);
        int middle = self.y() + NODE_HEIGHT / 2;
        assertEquals(middle, left.get(1).y() + NODE_HEIGHT / 2, "the middle one of three is level with this CI");
        assertEquals(middle, right.y() + NODE_HEIGHT / 2, "a single box is level with this CI");
        for (int i = 1; i < left.size(); i++) {
            assertEquals(ROW, left.get(i).y() - left.get(i - 1).y(), "one row apart");
        }
        assertTrue(left.get(0).y() >= 0);
        assertTrue(left.get(2).y() + NODE_HEIGHT <= graph.height(), "every box inside the drawing");
    }

    @Test
    void arrowsRunFromTheRelatingBoxToTheRelatedOneWithTheirTypeBesideTheOtherCi() {
        Graph graph = CiGraphLayout.of(SELF, links(10, 1, "runs on"), links(20, 1, "depends on"));
        Node self = graph.nodes().get(0);
        Node left = graph.nodes().get(1);
        Node right = graph.nodes().get(2);
        Edge in = graph.edges().get(0);
        Edge out = graph.edges().get(1);

        assertEquals(left.x() + NODE_WIDTH, in.x1(), "leaves the left box's right edge");
        assertEquals(left.y() + NODE_HEIGHT / 2, in.y1());
        assertEquals(self.x(), in.x2(), "ends at this CI's left edge");
        assertEquals(self.y() + NODE_HEIGHT / 2, in.y2());
        assertEquals("runs on", in.label());
        assertEquals("start", in.anchor());
        assertTrue(in.lx() > in.x1() && in.ly() < in.y1(), "label just after the left box, above the arrow");

        assertEquals(self.x() + NODE_WIDTH, out.x1(), "leaves this CI's right edge");
        assertEquals(self.y() + NODE_HEIGHT / 2, out.y1());
        assertEquals(right.x(), out.x2(), "ends at the right box's left edge");
        assertEquals(right.y() + NODE_HEIGHT / 2, out.y2());
        assertEquals("depends on", out.label());
        assertEquals("end", out.anchor());
        assertTrue(out.lx() < out.x2() && out.ly() < out.y2(), "label just before the right box, above the arrow");
    }

    @Test
    void boxesOfAColumnNeverOverlap() {
        Graph graph = CiGraphLayout.of(SELF, links(10, 5, "in"), links(20, 5, "out"));
        List<Node> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node a = nodes.get(i);
                Node b = nodes.get(j);
                boolean apart = a.x() + NODE_WIDTH <= b.x()
                        || b.x() + NODE_WIDTH <= a.x()
                        || a.y() + NODE_HEIGHT <= b.y()
                        || b.y() + NODE_HEIGHT <= a.y();
                assertTrue(apart, a + " overlaps " + b);
            }
        }
        assertEquals(10, graph.edges().size());
    }
}
