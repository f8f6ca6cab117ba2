package org.aiecosim.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with line numbers, using Jackson's streaming YAML parser
 * (a data-binding tree would lose the lines). Syntax errors become a {@link ScenarioException} with the line.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private YamlReader() {}

    /** The document's root, or null when the text holds no YAML value; duplicate keys go to {@code problems}. */
    static YamlNode read(String text, Problems problems) throws ScenarioException {
        // Trailing blanks are invisible; a tab among them made SnakeYAML talk about indentation.
        text = TRAILING_BLANKS.matcher(text).replaceAll("");
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            if (p.nextToken() == null) return null;
            YamlNode root = readNode(p, "", problems, 0);
            if (p.nextToken() != null) {
                problems.add(line(p), "", "only one YAML document is allowed in a scenario file (remove the second '---')");
            }
            return root;
        } catch (TooDeep e) {
            throw new ScenarioException(problems.origin(), e.line, "", "lists and maps nested deeper than " + MAX_DEPTH
                    + " levels; a scenario needs a few");
        } catch (JacksonException e) {
            throw syntaxError(e, problems.origin());
        } catch (IOException e) {
            throw new ScenarioException(problems.origin(), 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** Deepest nesting of lists and maps accepted (Jackson's own limit, 1,000, gives an internal message). */
    static final int MAX_DEPTH = 50;
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \t]+$", Pattern.MULTILINE);

    private static final class TooDeep extends IOException {
        final int line;

        TooDeep(int line) {
            super("too deep");
            this.line = line;
        }
    }

    private static YamlNode readNode(YAMLParser p, String path, Problems problems, int depth) throws IOException {
        int line = line(p);
        if (depth > MAX_DEPTH) throw new TooDeep(line);
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (p.nextToken() != JsonToken.END_OBJECT) {
                String key = p.currentName();
                int keyLine = line(p);
                p.nextToken();
                String childPath = path.isEmpty() ? key : path + "." + key;
                YamlNode value = readNode(p, childPath, problems, depth + 1);
                Integer first = seen.putIfAbsent(key, keyLine);
                if (first != null) {
                    problems.add(keyLine, childPath, "duplicate key (first on line " + first + "); write each key once");
                } else {
                    entries.add(new YamlNode.Entry(key, keyLine, value));
                }
            }
            return new YamlNode.Mapping(entries, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(readNode(p, path + "[" + items.size() + "]", problems, depth + 1));
            }
            return new YamlNode.Sequence(items, line);
        }
        if (p.isCurrentAlias()) {
            // The streaming parser does not resolve aliases; it would hand us the alias name as a value.
            problems.add(line, path, "YAML aliases (*" + p.getText() + ") are not supported; write the value out");
        }
        return new YamlNode.Scalar(p.getText(), t == JsonToken.VALUE_NULL, line);
    }

    private static int line(YAMLParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /**
     * SnakeYAML messages read "context / in 'reader', line A ... / problem / in 'reader', line B ...";
     * we report the problem at its line and mention where the context (e.g. an open bracket) started.
     */
    private static ScenarioException syntaxError(JacksonException e, String origin) {
        String raw = e.getOriginalMessage() == null ? String.valueOf(e.getMessage()) : e.getOriginalMessage();
        List<String> words = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (String l : raw.split("\n")) {
            Matcher m = MARK.matcher(l);
            if (m.find()) {
                lines.add(Integer.parseInt(m.group(1)));
                columns.add(Integer.parseInt(m.group(2)));
            }
            else if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) words.add(l.trim());
        }
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
        if (!columns.isEmpty()) column = columns.get(columns.size() - 1);
        String message;
        if (words.size() >= 2 && lines.size() >= 2) {
            line = lines.get(lines.size() - 1);
            message = words.get(words.size() - 1) + " (" + words.get(0) + " started on line " + lines.get(0) + ")";
        } else {
            if (!lines.isEmpty()) line = lines.get(lines.size() - 1);
            message = words.isEmpty() ? raw.trim() : String.join("; ", words);
        }
        return new ScenarioException(origin, line, "", "YAML syntax error" + (column > 0 ? " at column " + column : "") + ": " + message);
    }
}
