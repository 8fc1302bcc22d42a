package org.paralelo.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Every answer the server acknowledged, one line each ({@code username;attempt;position;value}; position 0 is the
 * question the page numbers 1, the attempt's first), in the order each virtual user saw them, so
 * {@link AnswerLedgerCheck} can compare the last value per question with the database.
 */
final class AnswerLedger implements AutoCloseable {

    private final BufferedWriter out;

    AnswerLedger(Path file) {
        try {
            out = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void acknowledged(String username, int attempt, int position, String value) {
        try {
            out.write(username + ";" + attempt + ";" + position + ";" + value);
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
