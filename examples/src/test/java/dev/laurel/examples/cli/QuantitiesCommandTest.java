package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QuantitiesCommandTest {

    @Test
    void printsOneJsonObjectPerQuantity() {
        CliRun r = CliRun.run("quantities", "全市每年慰问金额超6300万元，近10万人次，两三个");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertEquals("63000000", first.get("value").asString());
        assertEquals("元", first.get("unit").asString());
        assertEquals("more-than", first.get("qualifier").asString());
        assertEquals("6300万元", first.get("text").asString());
        assertEquals(9, first.get("start").asInt());
        assertEquals(15, first.get("end").asInt());
        assertEquals(1, first.get("line").asInt());
        assertTrue(lines.get(0).contains("\"value\":63000000"), "plain number, never 6.3E+7: " + lines.get(0));
        JsonNode range = JsonMapper.builder().build().readTree(lines.get(2));
        assertEquals("2", range.get("lower").asString());
        assertEquals("3", range.get("upper").asString());
    }

    @Test
    void readsLinesFromStandardInputWhenNoTextIsGiven() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        CliContext context = CliContext.defaults(o, o);
        QuantitiesCommand command = new QuantitiesCommand(context,
                new ByteArrayInputStream("投入2亿元\n没有数字\n連續5年，1.2萬人次\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, new CommandLine(command).execute());
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), out.toString(StandardCharsets.UTF_8));
        assertTrue(lines.get(0).contains("\"line\":1"));
        assertTrue(lines.get(2).contains("\"line\":3") && lines.get(2).contains("\"text\":\"1.2萬人次\""), lines.get(2));
    }
}
