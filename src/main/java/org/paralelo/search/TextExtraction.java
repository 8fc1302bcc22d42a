package org.paralelo.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.jspecify.annotations.Nullable;
import org.paralelo.search.domain.Extraction.Status;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Text out of a file with Tika, guarded: the type comes from the bytes only (no file name, so a ZIP cannot pass as
 * DOCX), parsing runs on its own thread under a time limit, and the text stops at a character limit. PDFs give one
 * entry per page (Tika writes each page as {@code <div class="page">}); other formats give one entry.
 */
final class TextExtraction {

    record Result(Status status, List<String> pages, @Nullable String problem) {
    }

    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    private static final AutoDetectParser PARSER = new AutoDetectParser();

    private TextExtraction() {
    }

    static Result extract(Source source, int maxChars, long timeoutMillis) {
        PageCollector pages = new PageCollector(maxChars);
        FutureTask<Void> parse = new FutureTask<>(() -> {
            try (InputStream in = source.open()) {
                PARSER.parse(in, pages, new Metadata(), new ParseContext());
            } catch (SAXException | TikaException e) {
                // The collector stops the parser with an exception when the character limit is reached.
                if (!pages.full) {
                    throw e;
                }
            }
            return null;
        });
        // A parser stuck on a hostile file cannot be stopped, only abandoned: daemon thread, never the indexer's.
        Thread.ofPlatform().name("search-extract").daemon().start(parse);
        try {
            parse.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            return new Result(Status.TIMED_OUT, pages.snapshot(), "No text after " + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parse.cancel(true);
            return new Result(Status.FAILED, List.of(), "Interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            boolean unsupported = cause instanceof TikaException && String.valueOf(cause.getMessage())
                    .contains("Unsupported");
            return new Result(unsupported ? Status.UNSUPPORTED : Status.FAILED, List.of(), String.valueOf(cause));
        }
        return new Result(pages.full ? Status.TRUNCATED : Status.DONE, pages.snapshot(), null);
    }

    /** Collects characters page by page, up to a limit. */
    private static final class PageCollector extends DefaultHandler {

        private final int maxChars;
        private final List<StringBuilder> pages = new ArrayList<>(List.of(new StringBuilder()));
        private int total;
        private boolean sawPage;
        private volatile boolean full;

        PageCollector(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("div".equals(localName) && "page".equals(attributes.getValue("class"))) {
                if (sawPage) {
                    pages.add(new StringBuilder());
                }
                sawPage = true;
            } else if (isBlock(localName)) {
                current().append('\n');
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (isBlock(localName)) {
                current().append('\n');
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            int room = Math.min(length, maxChars - total);
            synchronized (this) {
                current().append(ch, start, Math.max(room, 0));
            }
            total += Math.max(room, 0);
            if (room < length) {
                full = true;
                throw new SAXException("Character limit reached");
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            current().append(' ');
        }

        private StringBuilder current() {
            return pages.getLast();
        }

        synchronized List<String> snapshot() {
            return pages.stream().map(p -> p.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll("\\n\\s*\\n+", "\n\n").strip()).toList();
        }

        private static boolean isBlock(String name) {
            return switch (name) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "div" -> true;
                default -> false;
            };
        }
    }
}
