package dev.rotor.bench;

import dev.rotor.bench.EmulatorBenchmark.Operation;
import dev.rotor.bench.EmulatorBenchmark.Server;

import java.util.List;
import java.util.Map;

/** The warm-up curves as an SVG line chart: GetSecretValue answers per second since process start, log scale. */
final class WarmupPlot {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final double MIN = 100;
    private static final double MAX = 100_000;
    private static final Map<Server, String> COLOURS = Map.of(Server.ROTOR, "#d62728", Server.BARE, "#7f7f7f",
            Server.MOTO, "#1f77b4");

    private WarmupPlot() {
    }

    static String svg(Report report, Options options) {
        ThroughputTables tables = new ThroughputTables(report.throughput(), options);
        int seconds = options.curveSeconds();
        StringBuilder svg = new StringBuilder(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\""
                + " fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format("<text x=\"%d\" y=\"20\" font-size=\"14\">GetSecretValue answers per second since"
                + " process start (wrk 2 threads x 4 connections; median of %d starts)</text>%n", LEFT, options.reps()));
        for (double tick = MIN; tick <= MAX; tick *= 10) {
            double y = y(tick);
            svg.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT,
                    WIDTH - RIGHT, y, y));
            svg.append(String.format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n", LEFT - 6, y + 4,
                    tick));
        }
        for (int s = 0; s <= seconds; s += 5) {
            double x = x(s, seconds);
            svg.append(String.format("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, x,
                    TOP, HEIGHT - BOTTOM));
            svg.append(String.format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x,
                    HEIGHT - BOTTOM + 16, s));
        }
        svg.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">seconds since process start</text>%n",
                LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 12));
        svg.append(String.format("<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">"
                + "answers/s (log scale)</text>%n", TOP + (HEIGHT - TOP - BOTTOM) / 2, TOP + (HEIGHT - TOP - BOTTOM) / 2));
        int legend = TOP + 10;
        for (Server server : List.of(Server.ROTOR, Server.BARE, Server.MOTO)) {
            double[] curve = tables.curve(server, Operation.GET, seconds);
            StringBuilder points = new StringBuilder();
            for (int s = 0; s < seconds; s++) {
                // each second's count is plotted at the end of that second
                points.append(String.format("%.1f,%.1f ", x(s + 1, seconds), y(Math.max(MIN, curve[s]))));
            }
            svg.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                    COLOURS.get(server), points.toString().trim()));
            svg.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                    + "%n<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 10, WIDTH - RIGHT + 30, legend, legend,
                    COLOURS.get(server), WIDTH - RIGHT + 36, legend + 4, server.label));
            legend += 20;
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(double second, int seconds) {
        return LEFT + second / seconds * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double value) {
        double fraction = (Math.log10(value) - Math.log10(MIN)) / (Math.log10(MAX) - Math.log10(MIN));
        return HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM);
    }
}
