package io.bulwark.study;

import java.io.Serializable;

/** A column of the results table: a name and whether it holds numbers (double), whole numbers (long) or text. */
public record Column(String name, Type type) implements Serializable {

    public enum Type {
        NUMBER, WHOLE, TEXT, FLAG
    }

    public static Column number(String name) {
        return new Column(name, Type.NUMBER);
    }

    public static Column whole(String name) {
        return new Column(name, Type.WHOLE);
    }

    public static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    public static Column flag(String name) {
        return new Column(name, Type.FLAG);
    }
}
