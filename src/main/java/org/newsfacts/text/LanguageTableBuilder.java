package org.newsfacts.text;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@link LanguageTable}'s file at build time (Maven's process-classes phase runs {@link #main}) from
 * OpenNLP's langdetect-183 model as OpenNLP itself reads it, so the parameters are the model's, bit for bit.
 */
public final class LanguageTableBuilder {
    private LanguageTableBuilder() {
    }

    public static void main(String[] args) throws IOException {
        LanguageDetectorModel model;
        try (InputStream in = LanguageTableBuilder.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin missing from the build class path");
            }
            model = new LanguageDetectorModel(in);
        }
        if (!model.getFactory().getClass().equals(opennlp.tools.langdetect.LanguageDetectorFactory.class)) {
            throw new IllegalStateException("the model names its own context factory; LanguageTable assumes the default");
        }
        AbstractModel maxent = (AbstractModel) model.getMaxentModel();
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] languages = (String[]) data[2];
        if (languages.length > Byte.MAX_VALUE) {
            throw new IllegalStateException("more languages than the table's byte outcome index holds");
        }
        TreeMap<Long, Context> byKey = new TreeMap<>();
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            long key = LanguageTable.key(e.getKey());
            if (key < 0 || byKey.put(key, e.getValue()) != null) {
                throw new IllegalStateException("predicate not an n-gram of 1-3 chars, or twice: " + e.getKey());
            }
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream o = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            o.writeInt(LanguageTable.MAGIC);
            o.writeInt(languages.length);
            for (String l : languages) {
                byte[] name = l.getBytes(StandardCharsets.UTF_8);
                o.writeByte(name.length);
                o.write(name);
            }
            o.writeInt(byKey.size());
            for (long key : byKey.keySet()) {
                o.writeLong(key);
            }
            int at = 0;
            for (Context c : byKey.values()) {
                o.writeInt(at);
                at += c.getOutcomes().length;
            }
            o.writeInt(at);
            for (Context c : byKey.values()) {
                for (int oid : c.getOutcomes()) {
                    o.writeByte(oid);
                }
            }
            for (Context c : byKey.values()) {
                for (double p : c.getParameters()) {
                    o.writeDouble(p);
                }
            }
        }
    }
}
