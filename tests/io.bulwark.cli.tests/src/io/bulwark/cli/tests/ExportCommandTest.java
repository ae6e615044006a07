package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.ls.LSInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bulwark.report.svg.CoverageMapSvg;

/** {@code bulwark export}: KML and GeoJSON that GDAL's ogrinfo reads, with the counts, coordinates and altitudes checked. */
class ExportCommandTest {

    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");
    /** The OGC schemas on Maven Central (org.jvnet.ogc:ogc-schemas), fetched into the local repository by .ci/run. */
    private static final Path OGC_SCHEMAS = Path.of(System.getProperty("user.home"),
            ".m2/repository/org/jvnet/ogc/ogc-schemas/2.6.1/ogc-schemas-2.6.1.jar");
    /** Korea 2016: 6 radars, 3 batteries, 4 assets, 4 raids, 1 region; Seoul's footprint against Scud-C (600 km): 60 rings x 72 bearings. */
    private static final Map<String, Integer> KOREA_LAYERS = layers("sites", 13, "radar_fans", 6, "battery_rings", 3, "ground_tracks", 4,
            "regions", 1, "footprint", 4320);

    @TempDir
    Path dir;

    private static Map<String, Integer> layers(Object... pairs) {
        Map<String, Integer> layers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            layers.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return layers;
    }

    private Path export(String format, String name, String... extra) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("export", "--format", format, Cli.EXAMPLES.resolve("korea2016.bulwark").toString(),
                Cli.EXAMPLES.resolve("catalog").toString(), "-o", out.toString()));
        args.addAll(List.of(extra));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("wrote " + out), run.out());
        return out;
    }

    @Test
    void ogrinfoReadsTheKmlLayerByLayer() throws Exception {
        Path kml = export("kml", "korea.kml", "--footprint", "Seoul", "catalog.Scud_C");
        String info = ogrinfo("-ro", "-so", "-al", kml.toString());
        assertTrue(info.contains("using driver `LIBKML' successful") || info.contains("using driver `KML' successful"), info);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher layer = Pattern.compile("Layer name: (\\S+)(?s:.*?)Feature Count: (\\d+)").matcher(info);
        while (layer.find()) {
            counts.put(layer.group(1), Integer.parseInt(layer.group(2)));
        }
        assertEquals(KOREA_LAYERS, counts);
        String text = Files.readString(kml);
        Matcher north1 = Pattern.compile("<name>North1</name>.*?<altitudeMode>absolute</altitudeMode><coordinates>([^<]*)</coordinates>").matcher(text);
        assertTrue(north1.find(), "North1's arc is a 3-D line at absolute altitude");
        double top = 0;
        for (String position : north1.group(1).split(" ")) {
            top = Math.max(top, Double.parseDouble(position.split(",")[2]));
        }
        assertEquals(39_500, top, 100, "its highest point is the 39.5 km apogee, in metres");
        assertTrue(text.contains("<Data name=\"worst_negation\"><value>0.85</value></Data>"), "the numbers ride along");
    }

    @Test
    void theKmlIsValidAgainstTheKml22Schema() throws Exception {
        assertTrue(Files.isRegularFile(OGC_SCHEMAS), "the OGC schemas jar is fetched by .ci/run (mvn dependency:get org.jvnet.ogc:ogc-schemas:2.6.1)");
        Path kml = export("kml", "korea.kml", "--extrude");
        try (ZipFile schemas = new ZipFile(OGC_SCHEMAS.toFile())) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The KML schema imports xAL from oasis-open.org and atom beside it: both are answered from the jar, nothing is fetched.
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String entry = systemId.endsWith("xAL.xsd") ? "ogc/citygml/xAL/xAL.xsd" : "ogc/kml/2.2.0/" + URI.create(systemId).getPath()
                        .replaceAll(".*/", "");
                return input(schemas, entry, systemId, publicId);
            });
            Schema schema;
            try (InputStream xsd = schemas.getInputStream(schemas.getEntry("ogc/kml/2.2.0/ogckml22.xsd"))) {
                StreamSource source = new StreamSource(xsd, "jar:ogc/kml/2.2.0/ogckml22.xsd");
                schema = factory.newSchema(source);
            }
            schema.newValidator().validate(new StreamSource(new StringReader(Files.readString(kml))));
        }
    }

    private static LSInput input(ZipFile zip, String entry, String systemId, String publicId) {
        String text;
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("no " + entry + " in " + zip.getName(), e);
        }
        return new LSInput() {
            public java.io.Reader getCharacterStream() { return new StringReader(text); }
            public void setCharacterStream(java.io.Reader r) { }
            public InputStream getByteStream() { return null; }
            public void setByteStream(InputStream s) { }
            public String getStringData() { return text; }
            public void setStringData(String s) { }
            public String getSystemId() { return systemId; }
            public void setSystemId(String s) { }
            public String getPublicId() { return publicId; }
            public void setPublicId(String s) { }
            public String getBaseURI() { return null; }
            public void setBaseURI(String s) { }
            public String getEncoding() { return "UTF-8"; }
            public void setEncoding(String s) { }
            public boolean getCertifiedText() { return false; }
            public void setCertifiedText(boolean b) { }
        };
    }

    @Test
    void ogrinfoReadsTheGeoJsonAndItFollowsRfc7946() throws Exception {
        Path geojson = export("geojson", "korea.geojson", "--footprint", "Seoul", "catalog.Scud_C");
        String info = ogrinfo("-ro", "-so", "-al", geojson.toString());
        assertTrue(info.contains("using driver `GeoJSON' successful"), info);
        assertTrue(info.contains("Feature Count: " + KOREA_LAYERS.values().stream().mapToInt(Integer::intValue).sum()), info);
        for (Map.Entry<String, Integer> layer : KOREA_LAYERS.entrySet()) {
            String one = ogrinfo("-ro", "-so", "-al", "-where", "layer='" + layer.getKey() + "'", geojson.toString());
            assertTrue(one.contains("Feature Count: " + layer.getValue()), layer + ": " + one);
        }
        JsonNode root = new ObjectMapper().readTree(geojson.toFile());
        int polygons = 0;
        for (JsonNode feature : root.get("features")) {
            JsonNode geometry = feature.get("geometry");
            JsonNode properties = feature.get("properties");
            if (properties.get("name").asText().equals("Seoul") && properties.get("kind").asText().equals("asset")) {
                assertEquals(126.978, geometry.get("coordinates").get(0).asDouble(), 1e-9, "longitude first");
                assertEquals(37.566, geometry.get("coordinates").get(1).asDouble(), 1e-9);
                assertEquals(0.0, properties.get("worst_negation").asDouble(), "Seoul is not negated");
            }
            if (geometry.get("type").asText().equals("Polygon")) {
                JsonNode ring = geometry.get("coordinates").get(0);
                assertEquals(ring.get(0), ring.get(ring.size() - 1), "closed ring");
                double twiceArea = 0;
                for (int i = 1; i < ring.size(); i++) {
                    twiceArea += (ring.get(i).get(0).asDouble() - ring.get(i - 1).get(0).asDouble())
                            * (ring.get(i).get(1).asDouble() + ring.get(i - 1).get(1).asDouble());
                }
                assertTrue(twiceArea < 0, "counter-clockwise exterior ring (right-hand rule): " + properties);
                polygons++;
            }
            if (properties.get("layer").asText().equals("ground_tracks")) {
                assertEquals(3, geometry.get("coordinates").get(0).size(), "3-D positions on tracks");
                assertEquals(properties.get("covered").asBoolean() ? CoverageMapSvg.COVERED : properties.get("worst_negation").asDouble() > 0
                        ? CoverageMapSvg.PARTIAL : CoverageMapSvg.UNDEFENDED, properties.get("stroke").asText(), "coloured by negation");
            }
        }
        assertEquals(6 + 3 + 1 + 4320, polygons);
    }

    @Test
    void badRequestsGetOneLineErrorsAndNoFile() throws IOException {
        Path out = dir.resolve("x.kml");
        Cli.Run unknown = Cli.run("export", "--format", "kml", Cli.EXAMPLES.toString(), "-o", out.toString(), "--footprint", "Atlantis", "SRBM");
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("no scenario in") && unknown.err().contains("has an asset named Atlantis"), unknown.err());
        Cli.Run format = Cli.run("export", "--format", "shp", Cli.EXAMPLES.toString(), "-o", out.toString());
        assertEquals(2, format.code());
        assertTrue(format.err().contains("--format"), format.err());
        Path scenario = Cli.EXAMPLES.resolve("korea2016.bulwark");
        Cli.Run overwrite = Cli.run("export", "--format", "geojson", scenario.toString(), Cli.EXAMPLES.resolve("catalog").toString(), "-o",
                scenario.toString());
        assertEquals(2, overwrite.code());
        assertTrue(overwrite.err().contains("one of the files read; it is left as it was"), overwrite.err());
        assertFalse(Files.exists(out));
    }

    private String ogrinfo(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(OGRINFO), "GDAL's ogrinfo is installed by .ci/run (apt-get install gdal-bin)");
        List<String> command = new java.util.ArrayList<>(List.of(OGRINFO.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "ogrinfo", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ogrinfo finished");
        } finally {
            process.destroyForcibly(); // none left running when it did not end
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
