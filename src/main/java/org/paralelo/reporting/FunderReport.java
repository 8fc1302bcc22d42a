package org.paralelo.reporting;

import java.util.List;

/**
 * The period's report for the funder, in one language: the cover's words and the tables (key figures first), the
 * same for the PDF and the XLSX (one sheet per table).
 */
public record FunderReport(String title, String subtitle, String scope, String generated, List<FunderTable> tables) {
}
