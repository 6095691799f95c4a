package com.ecosystemgraph.analytics.economics;

/** What partner economics reads of one partner with deals in the period: its earnings, hours and hourly rate. */
record EconomicsRow(String id, String name, String type, double earnings, double hours, Double hourlyRate) {
}
