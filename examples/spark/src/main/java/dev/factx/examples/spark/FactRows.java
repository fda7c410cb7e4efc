package dev.factx.examples.spark;

import dev.factx.model.Fact;
import dev.factx.output.CsvFactWriter;
import dev.factx.output.FactFields;
import dev.factx.output.PlainNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Facts as Spark rows: one column per name of {@link Fact#FIELDS}, in that order, with the values
 * factx's own writers write ({@link FactFields}).
 *
 * <p>{@code article}, {@code start} and {@code end} are integers; every other column is a
 * string, {@code value} included: it holds the number as factx writes it ({@code 2500000000},
 * {@code 0.0000001}), because a Spark decimal has one fixed scale for the whole column and
 * would either pad every value with zeros or cut the smallest ones. Cast it where a number is
 * needed: {@code CAST(value AS DECIMAL(38,10))} or {@code CAST(value AS DOUBLE)}.
 *
 * <p>Stateless and thread-safe.
 */
final class FactRows {

    /** The fields that hold whole numbers; {@link FactFields#values} gives them as Integers. */
    private static final Set<String> INTEGER_FIELDS = Set.of("article", "start", "end");

    /** The schema of every fact row. */
    static final StructType SCHEMA = schema();

    private FactRows() {
    }

    /**
     * The row of one fact.
     *
     * @param formulaGuard for CSV: text cells that a spreadsheet would run as a formula get the
     *                     {@code '} that {@code factx extract} gives them by default
     */
    static Row row(Fact fact, boolean formulaGuard) {
        List<Object> values = FactFields.values(fact);
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            Object value = values.get(i);
            if (value instanceof BigDecimal number) {
                cells[i] = PlainNumbers.format(number);
            } else if (value instanceof String text && formulaGuard) {
                cells[i] = CsvFactWriter.guardFormula(text);
            } else {
                cells[i] = value;
            }
        }
        return RowFactory.create(cells);
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String name : Fact.FIELDS) {
            DataType type = INTEGER_FIELDS.contains(name) ? DataTypes.IntegerType : DataTypes.StringType;
            fields.add(DataTypes.createStructField(name, type, true));
        }
        return DataTypes.createStructType(fields);
    }
}
