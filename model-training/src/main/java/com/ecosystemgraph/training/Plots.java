package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.ModelCard;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/** The ROC, calibration and lift plots of the held-out set, as PNG (headless JFreeChart). */
final class Plots {

    private Plots() {
    }

    static List<Path> write(TrainingPipeline.Trained t, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Path> files = new ArrayList<>();
        files.add(roc(t, dir.resolve("roc.png")));
        files.add(calibration(t, dir.resolve("calibration.png")));
        files.add(lift(t.card(), dir.resolve("lift.png")));
        return files;
    }

    private static Path roc(TrainingPipeline.Trained t, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(rocSeries(String.format(java.util.Locale.ROOT, "prospect model (AUC %.3f)", t.card().metrics().auc().value()),
                t.testLabels(), t.testProbabilities()));
        if (t.partnerModel() != null) {
            data.addSeries(rocSeries(String.format(java.util.Locale.ROOT, "partner model (AUC %.3f)",
                    t.partnerModel().card().metrics().auc().value()), t.testLabels(), t.partnerModel().testProbabilities()));
        }
        for (Map.Entry<String, double[]> b : t.baselineScores().entrySet()) {
            data.addSeries(rocSeries(String.format(java.util.Locale.ROOT, "%s (AUC %.3f)", b.getKey(),
                    Metrics.auc(t.testLabels(), b.getValue())), t.testLabels(), b.getValue()));
        }
        XYSeries chance = new XYSeries("chance");
        chance.add(0, 0);
        chance.add(1, 1);
        data.addSeries(chance);
        JFreeChart chart = ChartFactory.createXYLineChart("ROC on the held-out set", "false positive rate", "true positive rate",
                data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 720, 560);
        return file;
    }

    private static XYSeries rocSeries(String name, boolean[] labels, double[] scores) {
        LabelEvaluationUtil.ROC roc = LabelEvaluationUtil.generateROCCurve(labels, scores);
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < roc.fpr.length; i++) {
            s.add(roc.fpr[i], roc.tpr[i]);
        }
        return s;
    }

    private static Path calibration(TrainingPipeline.Trained t, Path file) throws IOException {
        XYSeries observed = new XYSeries("observed rate per probability bin", false, true);
        for (double[] point : Metrics.reliability(t.testLabels(), t.testProbabilities(), 10)) {
            observed.add(point[0], point[1]);
        }
        XYSeries ideal = new XYSeries("perfect calibration");
        ideal.add(0, 0);
        ideal.add(1, 1);
        XYSeriesCollection data = new XYSeriesCollection(observed);
        data.addSeries(ideal);
        JFreeChart chart = ChartFactory.createXYLineChart(String.format(java.util.Locale.ROOT,
                "Calibration on the held-out set (ECE %.3f)", t.card().metrics().ece()),
                "predicted probability", "observed success rate", data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setSeriesShapesVisible(0, true);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 720, 560);
        return file;
    }

    private static Path lift(ModelCard card, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ModelCard.Lift l : card.liftByDecile()) {
            data.addValue(l.lift(), "lift", String.valueOf(l.decile()));
        }
        JFreeChart chart = ChartFactory.createBarChart("Lift by score decile (1 = top 10%)", "decile", "positive rate / overall rate",
                data, PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 720, 480);
        return file;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(0, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        int last = plot.getDataset().getSeriesCount() - 1;
        for (int i = 0; i <= last; i++) {
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        // The last series is the reference line (chance, perfect calibration): thin, grey, dashed.
        r.setSeriesPaint(last, Color.GRAY);
        r.setSeriesStroke(last, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        plot.setRenderer(r);
    }
}
