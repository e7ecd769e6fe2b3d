package org.newsfacts.text;

/** Language and script of a document or paragraph, with the codes the output contract uses. */
public enum Lang {
    ZH_HANT("zh-Hant"),
    ZH_HANS("zh-Hans"),
    EN("en"),
    MIXED("mixed"),
    /** Neither Chinese nor English, or too little text to tell. */
    UNKNOWN("und");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language whose {@link #code()} this is. */
    public static Lang ofCode(String code) {
        for (Lang lang : values()) {
            if (lang.code.equals(code)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("no language has the code " + code);
    }

    public boolean isChinese() {
        return this == ZH_HANT || this == ZH_HANS;
    }
}
