package dev.factx.bench;

import dev.factx.DocumentText;
import dev.factx.Extractor;
import dev.factx.input.DecodedInput;
import dev.factx.input.InputDecoder;
import dev.factx.text.Sentence;
import dev.factx.text.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmarks' input: the pages in samples/ (read from the directory that the system property
 * {@code factx.samples} names, by default {@code samples} under the current directory, so run
 * the benchmarks from the repository root), and what the pipeline makes of them at each stage.
 */
final class Samples {

    /** One sample page as stored, and decoded as the command line decodes it. */
    record Page(String name, byte[] bytes, String text, boolean html) {
    }

    /** A sentence with the article text it lies in. */
    record SentenceIn(String text, Sentence sentence) {
    }

    private Samples() {
    }

    static Path directory() {
        Path dir = Path.of(System.getProperty("factx.samples", "samples"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir.toAbsolutePath() + " is not a directory: run the benchmarks from the"
                    + " repository root, or pass -Dfactx.samples=DIR (to the forked JVMs: -jvmArgsAppend -Dfactx.samples=DIR)");
        }
        return dir;
    }

    /** Every .txt and .html page of samples/, in name order. */
    static List<Page> pages() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Page> pages = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".txt") || lower.endsWith(".html")) {
                    pages.add(page(p));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page of samples/ called {@code name}. */
    static Page page(String name) {
        return page(directory().resolve(name));
    }

    private static Page page(Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            DecodedInput decoded = InputDecoder.decode(bytes, name);
            return new Page(name, bytes, decoded.text(), decoded.html());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every article of every page, as the extractor reads it (no markup, no furniture). */
    static List<String> articleTexts(Extractor extractor) {
        List<String> texts = new ArrayList<>();
        for (Page page : pages()) {
            DocumentText doc = extractor.text(page.text(), page.html());
            for (DocumentText.ArticleText article : doc.articles()) {
                texts.add(article.text());
            }
        }
        return texts;
    }

    /** The sentences of those article texts. */
    static List<SentenceIn> sentences(Extractor extractor) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<SentenceIn> out = new ArrayList<>();
        for (String text : articleTexts(extractor)) {
            for (Sentence s : splitter.split(text, 0, text.length())) {
                out.add(new SentenceIn(text, s));
            }
        }
        return out;
    }

    /** Megabytes (10^6 bytes) of {@code text} in UTF-8. */
    static double megabytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    }
}
