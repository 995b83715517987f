package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.io.PrintStream;
import java.util.Map;

/** Writes {@code FLOOD_MB} megabytes (default 50) to stdout, then answers "flooded". */
public class Flood implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        int megabytes = Integer.parseInt(System.getenv().getOrDefault("FLOOD_MB", "50"));
        String line = "flood ".repeat(170) + "\n"; // ~1 KiB
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            block.append(line);
        }
        String chunk = block.toString();
        PrintStream out = System.out;
        for (int i = 0; i < megabytes * 16; i++) {
            out.print(chunk);
        }
        out.flush();
        System.out.println("flood done");
        return "flooded";
    }
}
