package org.paralelo.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.jspecify.annotations.Nullable;
import org.paralelo.search.domain.Extraction.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Text out of a file with Tika, guarded: the type comes from the bytes only (no file name, so a ZIP cannot pass as
 * DOCX), parsing runs on its own thread under a time limit, and the text stops at a character limit. PDFs give one
 * entry per page (Tika writes each page as {@code <div class="page">}); other formats give one entry.
 * <p>
 * A parser ignores interrupts, so a timed-out one is stopped from inside: the collector throws on its next
 * callback. Only a parser that stops calling back at all keeps its (daemon) thread; {@link #abandoned()} counts
 * those still running, and the log names each.
 */
final class TextExtraction {

    record Result(Status status, List<String> pages, @Nullable String problem) {
    }

    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    private static final AutoDetectParser PARSER = new AutoDetectParser();
    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);
    private static final AtomicInteger RUNNING_AFTER_TIMEOUT = new AtomicInteger();

    private TextExtraction() {
    }

    static Result extract(Source source, int maxChars, long timeoutMillis) {
        PageCollector pages = new PageCollector(maxChars);
        FutureTask<Void> parse = new FutureTask<>(() -> {
            try (InputStream in = source.open()) {
                PARSER.parse(in, pages, new Metadata(), new ParseContext());
            } catch (SAXException | TikaException e) {
                // The collector stops the parser with an exception at the character limit or after a timeout.
                if (!pages.full && !pages.stopped) {
                    throw e;
                }
            } finally {
                if (pages.stopped) {
                    RUNNING_AFTER_TIMEOUT.decrementAndGet();
                }
            }
            return null;
        });
        // A parser stuck on a hostile file cannot be stopped, only abandoned: daemon thread, never the indexer's.
        Thread.ofPlatform().name("search-extract").daemon().start(parse);
        try {
            parse.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pages.stop();
            RUNNING_AFTER_TIMEOUT.incrementAndGet();
            parse.cancel(true);
            log.warn("Text extraction stopped after {} ms; {} parser thread(s) still winding down", timeoutMillis,
                    RUNNING_AFTER_TIMEOUT.get());
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

    /** Parser threads that timed out and have not finished yet (each is stopped at its next callback). */
    static int abandoned() {
        return Math.max(0, RUNNING_AFTER_TIMEOUT.get());
    }

    /**
     * Collects characters page by page, up to a limit. Every callback holds the collector's lock, so a snapshot
     * taken on another thread after a timeout never sees the pages change under it.
     */
    private static final class PageCollector extends DefaultHandler {

        private final int maxChars;
        private final List<StringBuilder> pages = new ArrayList<>(List.of(new StringBuilder()));
        private int total;
        private boolean sawPage;
        private volatile boolean full;
        private volatile boolean stopped;

        PageCollector(int maxChars) {
            this.maxChars = maxChars;
        }

        void stop() {
            stopped = true;
        }

        private void checkRunning() throws SAXException {
            if (stopped) {
                throw new SAXException("Time limit reached");
            }
        }

        @Override
        public synchronized void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            checkRunning();
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
        public synchronized void endElement(String uri, String localName, String qName) throws SAXException {
            checkRunning();
            if (isBlock(localName)) {
                current().append('\n');
            }
        }

        @Override
        public synchronized void characters(char[] ch, int start, int length) throws SAXException {
            checkRunning();
            int room = Math.min(length, maxChars - total);
            current().append(ch, start, Math.max(room, 0));
            total += Math.max(room, 0);
            if (room < length) {
                full = true;
                throw new SAXException("Character limit reached");
            }
        }

        @Override
        public synchronized void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            checkRunning();
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
