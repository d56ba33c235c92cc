package dev.laurel.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The files whose 16-hex key another parsed file shares, from the keys the first pass wrote
 * ({@code laurel-work/keys}: path, key, SHA-256, bin). For each such file: left out
 * ({@link PartitionParser#COPY}) when an earlier file in path order holds the same bytes; keyed by
 * its whole SHA-256 when an earlier, different document has the key; else its usual key. Only these
 * files (usually none, or a few) are collected to the driver; the bins that hold them are written
 * again with these keys.
 *
 * @param keys   the key of every file that shares one, by path
 * @param bins   the bins that hold them
 * @param copies how many files are copies of earlier ones
 */
record SharedKeys(Map<String, String> keys, Set<Integer> bins, long copies) {

    static SharedKeys find(SparkSession spark, String keysFolder) {
        WindowSpec byKey = Window.partitionBy("key");
        Column sha = col("sha");
        var shared = spark.read().parquet(keysFolder)
                .withColumn("files", count(lit(1)).over(byKey))
                .filter(col("files").gt(1))
                .withColumn("n", row_number().over(Window.partitionBy("sha").orderBy("path")))
                .withColumn("firstSha", first(sha).over(byKey.orderBy("path")))
                .select(col("path"), col("bin"), col("n").gt(1).as("copy"),
                        when(sha.notEqual(col("firstSha")), sha).otherwise(col("key")).as("doc"))
                .collectAsList();
        Map<String, String> keys = new HashMap<>();
        Set<Integer> bins = new TreeSet<>();
        long copies = 0;
        for (Row r : shared) {
            boolean copy = r.getBoolean(2);
            keys.put(r.getString(0), copy ? PartitionParser.COPY : r.getString(3));
            bins.add(r.getInt(1));
            copies += copy ? 1 : 0;
        }
        return new SharedKeys(Map.copyOf(keys), Set.copyOf(bins), copies);
    }

    boolean none() {
        return keys.isEmpty();
    }
}
