package org.aiecosim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Package rules, checked on the sources of {@code src/main/java} and {@code src/spark/java}.
 *
 * <p>A file depends on every package it imports and on every package whose fully qualified name it
 * writes in code (e.g. {@code java.util.Arrays.fill} or {@code org.aiecosim.report.Charts.x});
 * comments and string literals do not count. Every package is a node of its own, sub-packages too
 * ({@code experiment} and {@code experiment.study} are distinct), and:
 * <ul>
 *   <li>no two distinct {@code org.aiecosim} packages depend on each other, directly or through others
 *       (dependencies inside one package are free);</li>
 *   <li>the model ({@code model} and its sub-packages) stays headless: no GUI, chart, CLI, YAML,
 *       report, scenario, experiment, observation or app code;</li>
 *   <li>{@code stats}, {@code io} and {@code result}, which Spark executors load, use no JFreeChart,
 *       AWT or Swing.</li>
 * </ul>
 */
class ArchitectureTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/spark/java"));

    /** What the model may not use. */
    private static final Pattern MODEL_FORBIDDEN = Pattern.compile(
            "^(java\\.awt|javax\\.swing|org\\.jfree|picocli|com\\.fasterxml|sim\\.display|sim\\.portrayal"
                    + "|org\\.aiecosim\\.(report|cli|gui|scenario|experiment|observation|app))(\\..*)?$");
    /** What code shipped to executors and used headless may not use. */
    private static final Pattern CHART_OR_UI = Pattern.compile("^(java\\.awt|javax\\.swing|org\\.jfree)(\\..*)?$");
    private static final Set<String> HEADLESS = Set.of("org.aiecosim.stats", "org.aiecosim.io", "org.aiecosim.result");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);
    /** A qualified name in code: lower-case segments, then a type (upper case). */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:[a-z_][\\w]*\\.)+)[A-Z]");
    /** Comments, string and character literals (text blocks included), blanked before looking for names. */
    private static final Pattern NOISE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

    /** One source file's package and the packages it uses. */
    record Source(String file, String pkg, Set<String> uses) {}

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> graph = graph(sources());
        assertTrue(graph.get("org.aiecosim.app").contains("org.aiecosim.experiment"), "the graph was built: " + graph);
        List<List<String>> cycles = cycles(graph);
        assertEquals(List.of(), cycles, "package cycles (each listed as a path back to its start)");
    }

    @Test
    void modelPackageUsesNoUiChartCliOrReportCode() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            if (!isIn(s.pkg(), "org.aiecosim.model")) continue;
            for (String used : s.uses()) if (MODEL_FORBIDDEN.matcher(used).matches()) violations.add(s.file() + ": " + used);
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void statsIoAndResultUseNoChartOrUiCode() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            if (HEADLESS.stream().noneMatch(h -> isIn(s.pkg(), h))) continue;
            for (String used : s.uses()) if (CHART_OR_UI.matcher(used).matches()) violations.add(s.file() + ": " + used);
        }
        assertEquals(List.of(), violations);
    }

    // --- self-tests: each check catches what it is for --------------------------------------------

    @Test
    void theCycleCheckWouldCatchACycle() {
        Map<String, Set<String>> g = new TreeMap<>();
        g.put("org.aiecosim.a", new TreeSet<>(Set.of("org.aiecosim.b")));
        g.put("org.aiecosim.b", new TreeSet<>(Set.of("org.aiecosim.c")));
        g.put("org.aiecosim.c", new TreeSet<>(Set.of("org.aiecosim.a")));
        g.put("org.aiecosim.d", new TreeSet<>(Set.of("org.aiecosim.a")));
        assertEquals(List.of(List.of("org.aiecosim.a", "org.aiecosim.b", "org.aiecosim.c", "org.aiecosim.a")), cycles(g));
        g.get("org.aiecosim.c").clear();
        assertEquals(List.of(), cycles(g));
    }

    @Test
    void theGraphSeesImportsAndInlineQualifiedNamesButNotCommentsOrStrings() {
        Source s = parse("X.java", """
                package org.aiecosim.model;

                import org.aiecosim.model.Lab;
                import static org.aiecosim.stats.MeanEstimate.of;

                /** See {@link org.aiecosim.gui.Snapshot}. */
                class X {
                    // org.aiecosim.cli.Main is only mentioned here
                    String s = "org.aiecosim.spark.SparkEngine";
                    Object c = org.aiecosim.report.Charts.x(null);
                    int[] a = java.util.Arrays.copyOf(new int[0], 0);
                }
                """);
        assertEquals("org.aiecosim.model", s.pkg());
        assertEquals(Set.of("org.aiecosim.model", "org.aiecosim.stats", "org.aiecosim.report", "java.util"), s.uses());
        Map<String, Set<String>> g = graph(List.of(s, parse("Y.java", "package org.aiecosim.report;\nimport org.aiecosim.model.Lab;\n")));
        assertEquals(List.of(List.of("org.aiecosim.model", "org.aiecosim.report", "org.aiecosim.model")), cycles(g));
    }

    @Test
    void theModelAndHeadlessRulesWouldCatchAViolation() {
        assertTrue(MODEL_FORBIDDEN.matcher("org.jfree.chart").matches());
        assertTrue(MODEL_FORBIDDEN.matcher("org.aiecosim.cli").matches());
        assertTrue(MODEL_FORBIDDEN.matcher("org.aiecosim.experiment.study").matches());
        assertFalse(MODEL_FORBIDDEN.matcher("org.aiecosim.model").matches());
        assertFalse(MODEL_FORBIDDEN.matcher("org.aiecosim.reporting").matches());
        Source inline = parse("M.java", "package org.aiecosim.model.market;\nclass M { Object o = org.aiecosim.report.Charts.x(null); }\n");
        assertTrue(inline.uses().stream().anyMatch(u -> MODEL_FORBIDDEN.matcher(u).matches()), inline.toString());
        Source chart = parse("S.java", "package org.aiecosim.stats;\nclass S { Object c = new org.jfree.chart.JFreeChart(null); }\n");
        assertTrue(chart.uses().stream().anyMatch(u -> CHART_OR_UI.matcher(u).matches()), chart.toString());
    }

    // --- the graph ------------------------------------------------------------------------------

    private static List<Source> sources() throws IOException {
        assertTrue(Files.isDirectory(SOURCES.get(0)), "run from the project root");
        List<Source> all = new ArrayList<>();
        for (Path root : SOURCES) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    try {
                        all.add(parse(root.relativize(f).toString(), Files.readString(f)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return all;
    }

    /** The package of {@code text} and the packages it uses, from imports and qualified names in code. */
    static Source parse(String file, String text) {
        String code = NOISE.matcher(text).replaceAll(" ");
        Matcher p = PACKAGE.matcher(code);
        String pkg = p.find() ? p.group(1) : "";
        Set<String> uses = new TreeSet<>();
        Matcher i = IMPORT.matcher(code);
        while (i.find()) uses.add(packageOf(i.group(1)));
        String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll(" ")).replaceAll(" ");
        Matcher q = QUALIFIED.matcher(body);
        while (q.find()) uses.add(q.group(1).substring(0, q.group(1).length() - 1));
        uses.remove("");
        return new Source(file, pkg, uses);
    }

    /** {@code a.b.C.D} and {@code a.b.C.member} to {@code a.b}: the segments before the first upper-case one. */
    private static String packageOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String seg : name.split("\\.")) {
            if (!seg.isEmpty() && Character.isUpperCase(seg.charAt(0))) break;
            if (b.length() > 0) b.append('.');
            b.append(seg);
        }
        return b.toString();
    }

    /** org.aiecosim packages and the distinct org.aiecosim packages each uses. */
    static Map<String, Set<String>> graph(List<Source> sources) {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Source s : sources) {
            if (!isIn(s.pkg(), "org.aiecosim")) continue;
            Set<String> out = g.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            for (String u : s.uses()) if (isIn(u, "org.aiecosim") && !u.equals(s.pkg())) out.add(u);
        }
        return g;
    }

    /** One cycle per strongly connected group of packages, each as a path that returns to its start. */
    static List<List<String>> cycles(Map<String, Set<String>> g) {
        List<List<String>> found = new ArrayList<>();
        Set<String> inCycle = new TreeSet<>();
        for (String start : g.keySet()) {
            if (inCycle.contains(start)) continue;
            List<String> path = pathBack(g, start);
            if (path != null) {
                inCycle.addAll(path);
                found.add(path);
            }
        }
        return found;
    }

    /** The shortest path from {@code start} back to itself (breadth first), or null. */
    private static List<String> pathBack(Map<String, Set<String>> g, String start) {
        Map<String, String> parent = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : g.getOrDefault(at, Set.of())) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String n = at; !n.equals(start); n = parent.get(n)) path.add(1, n);
                    path.add(start);
                    return path;
                }
                if (!parent.containsKey(next)) {
                    parent.put(next, at);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    private static boolean isIn(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }
}
