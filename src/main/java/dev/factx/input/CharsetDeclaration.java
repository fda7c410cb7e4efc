package dev.factx.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the charset an HTML page declares in its first bytes, the way browsers do before they
 * decode a page: the HTML standard's prescan for {@code <meta charset="...">} and
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=...">}, then an XML
 * declaration {@code <?xml version="1.0" encoding="..."?>} at the very start (as Chromium does
 * for XHTML pages).
 *
 * <p>The scan reads only the first {@link #PRESCAN_BYTES} bytes, once, never moving back: a
 * hostile page costs at most that. It sees bytes, not characters, and knows ASCII only, which is
 * all a declaration is made of in every encoding it can name.
 *
 * <p>Labels are mapped as in the WHATWG Encoding Standard, so {@code iso-8859-1}, {@code latin1}
 * and {@code us-ascii} mean windows-1252 (pages so labelled use 0x80 for €), and a page whose
 * bytes could be read to find its {@code <meta>} cannot be UTF-16, so UTF-16 labels mean UTF-8.
 * A label that is unknown, or names an encoding this JDK cannot decode, is no declaration: the
 * scan goes on to the next one.
 *
 * <p>Stateless and thread-safe.
 */
final class CharsetDeclaration {

    /**
     * How far into the page the declaration is looked for. The HTML standard's prescan stops at
     * 1024 bytes, but browsers also honour a {@code <meta>} further down the head, which saved
     * pages with long {@code <link>} and {@code <style>} preambles need.
     */
    static final int PRESCAN_BYTES = 4096;

    /** A declaration found: the label as written (lower case), and the encoding it means. */
    record Found(String label, Charset charset) {
    }

    /**
     * The Encoding Standard's labels, one encoding per line: the JDK charset that decodes it,
     * then its labels. Lines whose charset this JDK lacks are left out when the table is read.
     */
    private static final String LABELS = """
            UTF-8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8
            UTF-8 csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le unicodefffe utf-16be
            windows-1252 ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 \
            iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 x-user-defined
            IBM866 866 cp866 csibm866 ibm866
            ISO-8859-2 csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2
            ISO-8859-3 csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3
            ISO-8859-4 csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4
            ISO-8859-5 csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988
            ISO-8859-6 arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e \
            iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987
            ISO-8859-7 csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 \
            iso_8859-7 iso_8859-7:1987 sun_eu_greek
            ISO-8859-8 csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 \
            iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical
            ISO-8859-10 csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6
            ISO-8859-13 iso-8859-13 iso8859-13 iso885913
            ISO-8859-14 iso-8859-14 iso8859-14 iso885914
            ISO-8859-15 csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9
            ISO-8859-16 iso-8859-16
            KOI8-R cskoi8r koi koi8 koi8-r koi8_r
            KOI8-U koi8-ru koi8-u
            x-MacRoman csmacintosh mac macintosh x-mac-roman
            x-MacCyrillic x-mac-cyrillic x-mac-ukrainian
            x-windows-874 dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874
            windows-1250 cp1250 windows-1250 x-cp1250
            windows-1251 cp1251 windows-1251 x-cp1251
            windows-1253 cp1253 windows-1253 x-cp1253
            windows-1254 cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 \
            l5 latin5 windows-1254 x-cp1254
            windows-1255 cp1255 windows-1255 x-cp1255
            windows-1256 cp1256 windows-1256 x-cp1256
            windows-1257 cp1257 windows-1257 x-cp1257
            windows-1258 cp1258 windows-1258 x-cp1258
            GB18030 chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030
            Big5-HKSCS big5 big5-hkscs cn-big5 csbig5 x-x-big5
            EUC-JP cseucpkdfmtjapanese euc-jp x-euc-jp
            ISO-2022-JP csiso2022jp iso-2022-jp
            windows-31j csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis
            x-windows-949 cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 \
            ksc_5601 windows-949
            """;

    private static final Map<String, Charset> BY_LABEL = readLabels();

    private CharsetDeclaration() {
    }

    /**
     * The charset {@code bytes} (an HTML page, without byte order mark) declare, or null when they
     * declare none that factx can decode.
     */
    static Found find(byte[] bytes) {
        int end = Math.min(bytes.length, PRESCAN_BYTES);
        Found meta = new Prescan(bytes, end).run();
        return meta != null ? meta : xmlDeclaration(bytes, end);
    }

    /**
     * The encoding a label means, or null: the label without surrounding ASCII white space,
     * in any case, looked up in the Encoding Standard's table.
     */
    static Charset forLabel(String label) {
        return BY_LABEL.get(trimAsciiWhitespace(label).toLowerCase(Locale.ROOT));
    }

    /** Every label factx knows, in lower case. */
    static Set<String> labels() {
        return BY_LABEL.keySet();
    }

    private static Found found(String label) {
        String trimmed = trimAsciiWhitespace(label).toLowerCase(Locale.ROOT);
        Charset charset = BY_LABEL.get(trimmed);
        return charset == null ? null : new Found(trimmed, charset);
    }

    private static Map<String, Charset> readLabels() {
        Map<String, Charset> byLabel = new HashMap<>();
        for (String line : LABELS.split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length < 2 || !Charset.isSupported(words[0])) {
                continue;
            }
            Charset charset = words[0].equals("windows-1252") ? Windows1252.CHARSET : Charset.forName(words[0]);
            for (int i = 1; i < words.length; i++) {
                byLabel.put(words[i], charset);
            }
        }
        return Map.copyOf(byLabel);
    }

    /**
     * The HTML standard's "prescan a byte stream to determine its encoding": walks the bytes
     * tag by tag, skipping comments, and takes the first {@code <meta>} that names a known
     * charset.
     */
    private static final class Prescan {

        private final byte[] bytes;
        private final int end;
        private int pos;

        Prescan(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        Found run() {
            while (pos < end) {
                if (startsWith("<!--")) {
                    // Ends at the first "-->", which may share its dashes with "<!--": "<!-->" is a comment.
                    int close = indexOf("-->", pos + 2);
                    if (close < 0) {
                        return null;
                    }
                    pos = close + 3;
                } else if (startsWithIgnoreCase("<meta") && pos + 5 < end && isSpaceOrSlash(bytes[pos + 5])) {
                    pos += 6;
                    Found found = meta();
                    if (found != null) {
                        return found;
                    }
                    pos++; // past the '>' that ended the attributes
                } else if (startsTag()) {
                    while (pos < end && !isAsciiWhitespace(bytes[pos]) && bytes[pos] != '>') {
                        pos++;
                    }
                    while (attribute() != null) {
                        // skip the tag's attributes
                    }
                    pos++;
                } else if (startsWith("<!") || startsWith("</") || startsWith("<?")) {
                    int close = indexOf(">", pos + 2);
                    if (close < 0) {
                        return null;
                    }
                    pos = close + 1;
                } else {
                    pos++;
                }
            }
            return null;
        }

        /** The attributes of a {@code <meta>}, read up to its end: the charset it declares, or null. */
        private Found meta() {
            Set<String> seen = new HashSet<>();
            boolean gotPragma = false;
            Boolean needPragma = null;
            boolean charsetSeen = false; // the standard's "charset is not null" (it may be a failure)
            Found charset = null;
            String[] attribute;
            while ((attribute = attribute()) != null) {
                String name = attribute[0];
                String value = attribute[1];
                if (!seen.add(name)) {
                    continue;
                }
                switch (name) {
                    case "http-equiv" -> gotPragma |= value.equals("content-type");
                    case "content" -> {
                        String label = charsetInContent(value);
                        Found fromContent = label == null ? null : found(label);
                        if (!charsetSeen && fromContent != null) {
                            charset = fromContent;
                            charsetSeen = true;
                            needPragma = true;
                        }
                    }
                    case "charset" -> {
                        charset = found(value);
                        charsetSeen = true;
                        needPragma = false;
                    }
                    default -> {
                    }
                }
            }
            if (needPragma == null || (needPragma && !gotPragma)) {
                return null;
            }
            return charset;
        }

        /**
         * The standard's "get an attribute": the next attribute's name and value, both in lower
         * case, or null at the tag's {@code >} (left unread) or the end of the scanned bytes.
         */
        private String[] attribute() {
            while (pos < end && (isAsciiWhitespace(bytes[pos]) || bytes[pos] == '/')) {
                pos++;
            }
            if (pos >= end || bytes[pos] == '>') {
                return null;
            }
            StringBuilder name = new StringBuilder();
            StringBuilder value = new StringBuilder();
            // The name. Its first byte is neither space, '/' nor '>', so this always moves on.
            while (true) {
                if (pos >= end) {
                    return null;
                }
                byte b = bytes[pos];
                if (b == '=' && name.length() > 0) {
                    pos++;
                    break;
                }
                if (isAsciiWhitespace(b)) {
                    while (pos < end && isAsciiWhitespace(bytes[pos])) {
                        pos++;
                    }
                    if (pos >= end) {
                        return null;
                    }
                    if (bytes[pos] != '=') {
                        return new String[] {name.toString(), ""};
                    }
                    pos++;
                    break;
                }
                if (b == '/' || b == '>') {
                    return new String[] {name.toString(), ""};
                }
                name.append(lower(b));
                pos++;
            }
            // The value.
            while (pos < end && isAsciiWhitespace(bytes[pos])) {
                pos++;
            }
            if (pos >= end) {
                return null;
            }
            byte first = bytes[pos];
            if (first == '"' || first == '\'') {
                pos++;
                while (true) {
                    if (pos >= end) {
                        return null;
                    }
                    if (bytes[pos] == first) {
                        pos++;
                        return new String[] {name.toString(), value.toString()};
                    }
                    value.append(lower(bytes[pos]));
                    pos++;
                }
            }
            if (first == '>') {
                return new String[] {name.toString(), ""};
            }
            while (true) {
                if (pos >= end) {
                    return null;
                }
                byte b = bytes[pos];
                if (isAsciiWhitespace(b) || b == '>') {
                    return new String[] {name.toString(), value.toString()};
                }
                value.append(lower(b));
                pos++;
            }
        }

        /** A start tag {@code <x} or end tag {@code </x}, x an ASCII letter. */
        private boolean startsTag() {
            if (bytes[pos] != '<' || pos + 1 >= end) {
                return false;
            }
            if (bytes[pos + 1] == '/') {
                return pos + 2 < end && isAsciiLetter(bytes[pos + 2]);
            }
            return isAsciiLetter(bytes[pos + 1]);
        }

        private boolean startsWith(String ascii) {
            return regionMatches(pos, ascii, false);
        }

        private boolean startsWithIgnoreCase(String ascii) {
            return regionMatches(pos, ascii, true);
        }

        private boolean regionMatches(int at, String ascii, boolean ignoreCase) {
            if (at + ascii.length() > end) {
                return false;
            }
            for (int i = 0; i < ascii.length(); i++) {
                char b = (char) (bytes[at + i] & 0xFF);
                if (ignoreCase ? lower((byte) b) != ascii.charAt(i) : b != ascii.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(String ascii, int from) {
            for (int i = from; i + ascii.length() <= end; i++) {
                if (regionMatches(i, ascii, false)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The standard's "extracting a character encoding from a meta element": the label after
     * the first {@code charset=} in a {@code content} attribute (already in lower case), quoted
     * or up to white space or {@code ;}; null when there is none.
     */
    static String charsetInContent(String content) {
        int pos = 0;
        while (true) {
            int at = content.indexOf("charset", pos);
            if (at < 0) {
                return null;
            }
            pos = at + "charset".length();
            while (pos < content.length() && isAsciiWhitespace(content.charAt(pos))) {
                pos++;
            }
            if (pos >= content.length() || content.charAt(pos) != '=') {
                continue;
            }
            pos++;
            while (pos < content.length() && isAsciiWhitespace(content.charAt(pos))) {
                pos++;
            }
            if (pos >= content.length()) {
                return null;
            }
            char first = content.charAt(pos);
            if (first == '"' || first == '\'') {
                int close = content.indexOf(first, pos + 1);
                return close < 0 ? null : content.substring(pos + 1, close);
            }
            int stop = pos;
            while (stop < content.length() && !isAsciiWhitespace(content.charAt(stop)) && content.charAt(stop) != ';') {
                stop++;
            }
            return content.substring(pos, stop);
        }
    }

    /**
     * An XML declaration at the very start, {@code <?xml version="1.0" encoding="iso-8859-1"?>}:
     * the charset its {@code encoding} names, or null.
     */
    private static Found xmlDeclaration(byte[] bytes, int end) {
        if (end < 5 || bytes[0] != '<' || bytes[1] != '?' || bytes[2] != 'x' || bytes[3] != 'm' || bytes[4] != 'l') {
            return null;
        }
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        int close = head.indexOf('>');
        int at = close < 0 ? -1 : head.indexOf("encoding", 5);
        if (at < 0 || at > close) {
            return null;
        }
        int pos = at + "encoding".length();
        while (pos < close && head.charAt(pos) <= ' ') {
            pos++;
        }
        if (pos >= close || head.charAt(pos) != '=') {
            return null;
        }
        pos++;
        while (pos < close && head.charAt(pos) <= ' ') {
            pos++;
        }
        char quote = pos < close ? head.charAt(pos) : 0;
        if (quote != '"' && quote != '\'') {
            return null;
        }
        int stop = head.indexOf(quote, pos + 1);
        if (stop < 0 || stop > close) {
            return null;
        }
        String label = head.substring(pos + 1, stop);
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) <= ' ') {
                return null;
            }
        }
        return found(label);
    }

    private static char lower(byte b) {
        char c = (char) (b & 0xFF);
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** The HTML standard's ASCII white space: tab, line feed, form feed, carriage return, space. */
    private static boolean isAsciiWhitespace(int c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    private static boolean isSpaceOrSlash(byte b) {
        return isAsciiWhitespace(b) || b == '/';
    }

    private static String trimAsciiWhitespace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isAsciiWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && isAsciiWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
