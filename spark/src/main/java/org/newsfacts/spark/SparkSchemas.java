package org.newsfacts.spark;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Parquet columns of an output file: the fields Jackson writes for its record type, in the same order and
 * under the same names, so that a JSON line and a Parquet row of one file hold the same columns. Values are
 * doubles (every figure in news has far fewer than 15 significant digits, and doubles load as numbers in
 * pandas, DuckDB and Spark alike).
 */
final class SparkSchemas {
    private SparkSchemas() {
    }

    static StructType of(ObjectMapper mapper, Class<?> type) {
        return struct(mapper, mapper.constructType(type));
    }

    private static StructType struct(ObjectMapper mapper, JavaType type) {
        BeanDescription bean = mapper.getSerializationConfig().introspect(type);
        List<StructField> fields = new ArrayList<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.couldSerialize()) {
                fields.add(DataTypes.createStructField(property.getName(),
                        dataType(mapper, property.getPrimaryType()), true));
            }
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType dataType(ObjectMapper mapper, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return DataTypes.StringType;
        }
        if (raw == int.class || raw == Integer.class) {
            return DataTypes.IntegerType;
        }
        if (raw == long.class || raw == Long.class) {
            return DataTypes.LongType;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return DataTypes.DoubleType;
        }
        if (type.isCollectionLikeType()) {
            return DataTypes.createArrayType(dataType(mapper, type.getContentType()), true);
        }
        return struct(mapper, type);
    }
}
