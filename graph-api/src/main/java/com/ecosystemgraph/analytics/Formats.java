package com.ecosystemgraph.analytics;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the analyses' sentences (assumptions, reasons, notes) write them, the same in every locale. */
public final class Formats {

    private Formats() {
    }

    /** Money without cents and with thousands separators: 1,250,000. */
    public static String money(double v) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** Three decimals: 0.125. */
    public static String decimal(double v) {
        return new DecimalFormat("0.000", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** Two decimals: 1.25 (a ratio or a return per dollar). */
    public static String ratio(double v) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
