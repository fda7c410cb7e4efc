package dev.factx.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFactWriterTest {

    private static final String HEADER = String.join(",", Fact.FIELDS) + "\n";

    private static String write(boolean formulaGuard, Fact... facts) throws IOException {
        StringWriter out = new StringWriter();
        FactWriter writer = new CsvFactWriter(out, formulaGuard);
        for (Fact f : facts) {
            writer.write(f);
        }
        writer.finish();
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void noFactsGiveTheHeaderRowAlone() throws IOException {
        assertThat(write(true)).isEqualTo(HEADER);
    }

    @Test
    void headerIsFactFieldsAndRecordsEndWithLfOnly() throws IOException {
        String csv = write(true, TestFacts.money().build(), TestFacts.money().article(2).build());
        assertThat(csv).startsWith(HEADER).doesNotContain("\r").endsWith("\n");
        assertThat(csv.charAt(0)).isNotEqualTo('\uFEFF');
        assertThat(csv.split("\n", -1)).hasSize(4); // header, two records, empty after the last LF
    }

    @Test
    void writesEveryFieldInSchemaOrder() throws IOException {
        Fact fact = TestFacts.money().docDate("2019-01-10", "dateline").mod("early").event("hold").page("Grain Daily", "https://example.org/a").build();
        String line = write(true, fact).substring(HEADER.length());
        assertThat(line).isEqualTo("a.txt,1,Trade news,10,24,$3.5 billion,money,3500000000,USD,exact,"
                + ",2018,trade,Exports rose to $3.5 billion in 2018.,money.sign_scale,2019-01-10,dateline,early,hold,Grain Daily,https://example.org/a\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180() throws IOException {
        Fact fact = TestFacts.money().title("Say \"hi\", then").sentence("One\ntwo\r\nthree").build();
        String csv = write(true, fact);
        assertThat(csv).contains("\"Say \"\"hi\"\", then\"").contains("\"One\ntwo\r\nthree\"");
        CSVRecord record = parse(csv).get(0);
        assertThat(record.get("title")).isEqualTo("Say \"hi\", then");
        assertThat(record.get("sentence")).isEqualTo("One\ntwo\r\nthree");
    }

    @Test
    void aCellThatRepeatsThePreviousRecordsIsPrintedAsItWouldBeAlone() throws IOException {
        // the writer remembers each column's last printed cell: a run of records whose cells repeat,
        // change, go absent, come back and start like formulas must read as each record written alone
        Fact[] run = {
            TestFacts.money().file("").title("Say \"hi\", then").sentence("Rose, \"sharply\".").build(),
            TestFacts.money().file("").title("Say \"hi\", then").sentence("Rose, \"sharply\".").span(30, 34).build(),
            TestFacts.money().file("b.txt").title(null).sentence("=SUM(A1)").value("-4").build(),
            TestFacts.money().file("b.txt").title(null).sentence("=SUM(A1)").value("-4").unit(null).build(),
            TestFacts.money().file("").title("Say \"hi\", then").sentence(" padded ").value("-4").unit("USD").build(),
            TestFacts.money().file("").title("").sentence(" padded ").metric(null).build(),
            // columns with few values remember every printed form: values that come back after others
            TestFacts.money().unit("EUR").metric("=trade").rule("a,b").value("0.25").span(-1, 0).build(),
            TestFacts.money().unit("USD").metric("trade").rule("money.sign_scale").value("-0.25").build(),
            TestFacts.money().unit("EUR").metric("=trade").rule("a,b").value("12").build(),
            TestFacts.money().unit("").metric(null).rule("\"q\"").build(),
            TestFacts.money().unit("EUR").metric("trade").rule("a,b").build(),
        };
        for (boolean guard : new boolean[] {true, false}) {
            StringBuilder alone = new StringBuilder(HEADER);
            for (Fact fact : run) {
                alone.append(write(guard, fact).substring(HEADER.length()));
            }
            assertThat(write(guard, run)).isEqualTo(alone.toString());
        }
        assertThat(write(true, run)).contains("\n\"\",1,").contains(",'=SUM(A1),");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "[{0}]")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            0            | true
            3500000000   | true
            -4           | true
            0.3333333333 | true
            -0.25        | true
            ''           | false
            -            | false
            .5           | false
            5.           | false
            -.5          | false
            1.2.3        | false
            1e5          | false
            1,5          | false
            ' 5'         | false
            5-           | false
            --5          | false
            """)
    void plainNumbersAreWhatTheNumericColumnsWrite(String value, boolean plain) {
        assertThat(CsvFactWriter.isPlainNumber(value)).isEqualTo(plain);
    }

    /** A plain number goes into the file as it is: CSVFormat would print it with no quotes either. */
    @Test
    void plainNumbersNeedNoQuotes() throws IOException {
        java.util.Random random = new java.util.Random(20261123);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder value = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(12);
            for (int d = 0; d < digits; d++) {
                value.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                value.append('.').append(random.nextInt(1000));
            }
            assertThat(CsvFactWriter.isPlainNumber(value.toString())).as(value.toString()).isTrue();
            StringBuilder printed = new StringBuilder();
            CsvFactWriter.FORMAT.print(value.toString(), printed, false);
            assertThat(printed.toString()).isEqualTo("," + value);
        }
    }

    @Test
    void absentValuesAreEmptyCells() throws IOException {
        Fact fact = TestFacts.money().kind(Kind.DATE).value(null).unit(null).title(null)
                .date("2018-11").period(null).metric(null).build();
        CSVRecord record = parse(write(true, fact)).get(0);
        assertThat(record.get("value")).isEmpty();
        assertThat(record.get("unit")).isEmpty();
        assertThat(record.get("title")).isEmpty();
        assertThat(record.get("date")).isEqualTo("2018-11");
        assertThat(record.get("mod")).isEmpty();
    }

    @Test
    void numbersArePlainDecimals() throws IOException {
        CSVRecord big = parse(write(true, TestFacts.money().value("2.5E9").build())).get(0);
        CSVRecord tiny = parse(write(true, TestFacts.money().value("1E-7").build())).get(0);
        CSVRecord padded = parse(write(true, TestFacts.money().value("4.500").build())).get(0);
        CSVRecord third = parse(write(true, TestFacts.money().value("0.3333333333").build())).get(0);
        assertThat(big.get("value")).isEqualTo("2500000000");
        assertThat(tiny.get("value")).isEqualTo("0.0000001");
        assertThat(padded.get("value")).isEqualTo("4.5");
        assertThat(third.get("value")).isEqualTo("0.3333333333");
    }

    @Test
    void formulaGuardPrefixesTextCellsThatStartLikeFormulas() throws IOException {
        for (String dangerous : List.of("=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            Fact fact = TestFacts.money().sentence(dangerous).title(dangerous).build();
            CSVRecord record = parse(write(true, fact)).get(0);
            assertThat(record.get("sentence")).as(dangerous).isEqualTo("'" + dangerous);
            assertThat(record.get("title")).as(dangerous).isEqualTo("'" + dangerous);
        }
    }

    @Test
    void formulaGuardLeavesOrdinaryTextAndNumbersAlone() throws IOException {
        Fact fact = TestFacts.money().text("-5%").value("-5").kind(Kind.PERCENT).unit("%")
                .sentence("Prices fell 5% = a lot").build();
        CSVRecord record = parse(write(true, fact)).get(0);
        assertThat(record.get("value")).isEqualTo("-5");
        assertThat(record.get("text")).isEqualTo("'-5%");
        assertThat(record.get("sentence")).isEqualTo("Prices fell 5% = a lot");
    }

    @Test
    void formulaGuardLeavesALoneSignSuchAsTheStdinNameAlone() throws IOException {
        CSVRecord record = parse(write(true, TestFacts.money().file("-").unit("=").build())).get(0);
        assertThat(record.get("file")).isEqualTo("-");
        assertThat(record.get("unit")).isEqualTo("=");
    }

    @Test
    void formulaGuardCanBeTurnedOff() throws IOException {
        Fact fact = TestFacts.money().sentence("=1+1").build();
        assertThat(parse(write(false, fact)).get(0).get("sentence")).isEqualTo("=1+1");
    }

    @Test
    void finishFlushesButLeavesTheSinkOpen() throws IOException {
        ClosingAwareWriter sink = new ClosingAwareWriter();
        FactWriter writer = new CsvFactWriter(sink, true);
        writer.write(TestFacts.money().build());
        writer.finish();
        assertThat(sink.closed).isFalse();
        assertThat(sink.flushed).isTrue();
        assertThat(sink.toString()).startsWith(HEADER);
    }

    /** A StringWriter that remembers whether it was flushed or closed. */
    static final class ClosingAwareWriter extends StringWriter {
        boolean closed;
        boolean flushed;

        @Override
        public void flush() {
            flushed = true;
            super.flush();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
