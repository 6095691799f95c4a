package com.ecosystemgraph.demodata;

import java.util.Arrays;

/** A growable list of primitive ints (the generator keeps millions of them at large scales). */
final class IntList {
    private int[] values;
    private int size;

    IntList() {
        this(4);
    }

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    void set(int index, int value) {
        values[index] = value;
    }

    int size() {
        return size;
    }

    boolean contains(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
