package org.newsfacts.extract.figures;

/** How a figure's value relates to the true quantity (gold/FORMAT.md). */
public enum Qualifier {
    /** 約, 近, 接近, 左右, about, nearly, around. */
    APPROX("approx"),
    /** 超, 超過, 逾, 多, 以上, 餘, over, more than: the value is a lower bound. */
    OVER("over"),
    /** 不足, 少於, 未達, under, less than: the value is an upper bound. */
    UNDER("under");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    /** The name used in figures.jsonl and the gold files. */
    public String code() {
        return code;
    }

    public static Qualifier fromCode(String code) {
        for (Qualifier q : values()) {
            if (q.code.equals(code)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier: " + code);
    }
}
