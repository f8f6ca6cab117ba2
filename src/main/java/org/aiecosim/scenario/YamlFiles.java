package org.aiecosim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading the project's YAML files (scenarios, studies, calibrations, targets) with the same messages. */
final class YamlFiles {
    private YamlFiles() {}

    /** The text of {@code file}; {@code what} names the kind of file in messages, e.g. "study". */
    static String read(Path file, String what) throws ScenarioException {
        if (!Files.isRegularFile(file)) throw new ScenarioException(file.toString(), 0, "", "no such " + what + " file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, "", "cannot read the " + what + " file: "
                    + org.aiecosim.io.WriteFailedException.reason(e));
        }
        return utf8(bytes, file.toString());
    }

    /** Decodes UTF-8 strictly; a byte that is not UTF-8 is reported with its line and column. */
    static String utf8(byte[] bytes, String origin) throws ScenarioException {
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // find the first bad byte: decode line by line
            int line = 1, lineStart = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, lineStart, i - lineStart);
                    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(i - lineStart + 1);
                    java.nio.charset.CoderResult r = decoder.reset().decode(in, out, true);
                    if (r.isError()) {
                        int bad = in.position();
                        int column = new String(bytes, lineStart, bad - lineStart, java.nio.charset.StandardCharsets.UTF_8).length() + 1;
                        throw new ScenarioException(origin, line, "", String.format(java.util.Locale.ROOT,
                                "byte 0x%02X at column %d is not UTF-8 text; save the file as UTF-8", bytes[bad] & 0xff, column));
                    }
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ScenarioException(origin, 0, "", "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    /** The file name without {@code .yaml} or {@code .yml}: the default name of what it defines. */
    static String stem(Path file) {
        return String.valueOf(file.getFileName()).replaceFirst("\\.(yaml|yml)$", "");
    }
}
