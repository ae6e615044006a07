package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.footprint.FootprintAnalyzer;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Scenario;

/**
 * The whole reports of generated scenarios, pinned by the SHA-256 of their text: captured from the
 * straightforward analysis (every radar and battery time-stepped on the 0.5 s grid against every arc,
 * every boundary halved 24 times, a full re-analysis per what-if) before it was made fast. A change in
 * any number, word or order fails here; the failing report is written to target/golden/ for a diff.
 */
class GoldenReportsTest {

    private static final Map<String, String> DIGESTS = digests(
            "korea", "42f7d43e984e208bae71c5ebab1a5126b40e2ecdceb43f0d7aeb991d3ed75f29",
            "props-1-limited", "f223d04e4bb6744b8d9ec3185b7b7e4a091fd5caf84df1ce058878535a4b90b9",
            "props-1-unlimited", "0c7056f6178022c186f6879ff1dffba12af24d72f39f7bec507ef11611c18347",
            "props-2-limited", "1aa5fcf96371ec967487701dd11625312bb4871bcabce95b8da8cc1c51ac6182",
            "props-2-unlimited", "8877b2dd7ac15adb3ac33973082be9582c43e6cd07a45965e05b0ed18b7522e0",
            "props-3-limited", "241839b277099e02f24c72637b573bf3c08f79f0e388e2a48718e3da4c160168",
            "props-3-unlimited", "bd253f3e845d899fbac91496173c35b781a04a06b3b0830f0f9ec132da4c8fa1",
            "props-4-limited", "bcf3bc9e382af573fbe1b471b30adf85431a9cd15d69efb855a9c219d039eaa9",
            "props-4-unlimited", "26a7ed5ed0a7fbec1ba1b5c12d7efe3783c86db9bb43b44d79ecb51a0f2e8ee2",
            "props-5-limited", "3054183632a75a05f006b6a5bfe754895d8288fa24c80acb299638e350199220",
            "props-5-unlimited", "70bd55ab61567ba7c0e4cb6d38711efb36369f2a879eda605d1b94b8cf653283",
            "props-6-limited", "9da8d332779e92e57a5159a411cf67f485afd3d91936cda074809702f88e90df",
            "props-6-unlimited", "2a6d9f93c03f541ffe09dadfe4d1926f678698f60ea939f1c0f0eabefeb3b8ba",
            "props-7-limited", "3fd4b418d222a546b7891344cba771fd0b978c405d2c3c45a128097ab858e2cf",
            "props-7-unlimited", "f01daf2a61a118453830552c959a0a12b4839f1afbce0293a6613a1302d53d15",
            "props-8-limited", "c6b3a9b724c246e328acd5a0a18bd8cb7cf59526f0f67f7e81d56483c67d1563",
            "props-8-unlimited", "2ae2fb2d587dcfe68ef5d055aa8a975d8395283f3dbb2c00f891d3df02ae9616",
            "props-9-limited", "c1af61bddf930dcb5c61e6f838212f8f065389c98fe52c825c88ab48b6038dbe",
            "props-9-unlimited", "109c45e1c4a14bc4300d171f8582751d8c07b1e803e0af834706943a6c81e4ec",
            "props-10-limited", "e2c3ae8f615d2e60a5fcfcb7fb71fd5a466050a9c1ffd215837fc406640dfbc4",
            "props-10-unlimited", "6a42d45a9c1fbeaec62b93d09b198e9fadbc841629e70ad47804c703b07f78cf",
            "props-11-limited", "be20e0e45058d94bab5fb832dd31678bf49b7a61d5259e6783c040685ff7bfbf",
            "props-11-unlimited", "f109fcd4f32804272a6679b0d6af86ca343312b6705cf9a266a63b17b3cb6029",
            "props-12-limited", "3fc1fa5919a5babba32a04067bf9e796e351c494d25df5ef3208a7e18563b098",
            "props-12-unlimited", "d8de4754d62c7abda5446cf377365be65a218292d3119e2338ad540bc11bf367",
            "varied-small-1", "ac54ba76a11934d53304e965e676fc96d116bee39feb6fda4f31017a63dca773",
            "varied-small-2", "0f926c3b9727ef7423c6a7a8ebaad37ca36922fcfabf7275fb4ca3c0b44a8baa",
            "varied-small-3", "72af41c90f4ec44d1796d1f03c4d421949b6f096b3e7f64b67458574f6b475fa",
            "varied-small-4", "7fe0df4724b2d0b56a1c2691e82d147d3c2b34ee86f7e2c3b442baa5a1e2d0ba",
            "varied-small-5", "564590c5f853b442e7509939ee2c4e8c1010403d08b89321290475945fc780a3",
            "varied-small-6", "5b919878583609148dcac0fac784b8b804620a12be32d7df7612a5565476b15b",
            "varied-small-7", "e626b460107ab2bd4b9a1ecf5ea0e74f96ba43255c3f61f33f95b4b617a19213",
            "varied-small-8", "ad05d3b6c2f7a3437e1cb4eb4490c8079055df3f72b25de9751b9fab8d89a238",
            "varied-small-9", "ed2ecdcdefe5e3cc108befba2fab3a4f0568e97d9b2783d3ffdd9a58f58e5973",
            "varied-small-10", "a262f7a57f41ca8af9ed9a3ab0781278c1d7ce4ca9b31869276e7b999e1d7048",
            "varied-small-11", "c6c558ce5591c426229e8566438576f5626d898dd184b5dd8bc9299b6bbfdd99",
            "varied-small-12", "dcee6eb641ec447859a18d28d6aace4d97a92901df491aee9fd655c2a79cb90e",
            "varied-small-13", "19b3d5126a43ec3a742c5f2fb2360bf8323648575e01982f947bfa0ecb7d1ee6",
            "varied-small-14", "4c7c189d06147828422fb0afa1a5a21a31ce08611bd01200a895464e91691ef1",
            "varied-small-15", "8f194a2cb16b76181172b79efd2ad8e15346e3ae89c81af89197a2901af5ca2e",
            "varied-small-16", "69ea4d258cc0490850eb0885699a3e02a02bb3083bb97c0b17c6e22c307385da",
            "varied-small-17", "f83e86b704d4db9d10897d15f736f62db96ba5e442fcbe6708d1e4e3ef62a2ff",
            "varied-small-18", "7c5dc3425de4e444b6673a5f5379558ddf265b62d103971b2ea705f379037d19",
            "varied-small-19", "65cfc8e72df7debb32a72b3b38734bbbebceec3039a78d42a753a3c284bebcb1",
            "varied-small-20", "47d7f80d700898443c61675c45726e980a639c7e1d2bdae389464a28bd5becc1",
            "varied-small-21", "4a46282c8c24ed855bca35cb027df9545b3825c0c5728c96e8fe2c43a54b3cb3",
            "varied-small-22", "0836685520ef341efae5e2f7d46712e39cfe4eecca59e7842c5b3f21591e9962",
            "varied-small-23", "6ff07d2855bc8c498e986816bf6e30c5f128aca090606a775d576b603a44d67d",
            "varied-small-24", "239d3a338b7cf01eb5ddc6915b867581ceaf1772f9206152926352320865aef6",
            "varied-small-25", "fcef8b4d1bf2522689ffe46a5fdace0b568d828930260e6b02694de43d66ca8c",
            "varied-small-26", "07b98281e871186d7cc5e34c90ba880086bdb116912a3a112f3a9c0aa337957d",
            "varied-small-27", "7fc14fbc4602aaebfc6ad8f58bfcbc62dbb88db0ad68339eeb256dda94fc49ff",
            "varied-small-28", "88383e5cc1ce6c151d50a0e24524f37a8f048ddd5f3203db2f0f48de7b01587f",
            "varied-small-29", "dda326aba72da3d94517cf399e8a2d02149e7431f36d817e2807d342f3739124",
            "varied-small-30", "68b841f1d5d8ad9d2a119b1480553b27e5095895c643cab4d229a2a15b89920b",
            "varied-small-31", "191475688ee2904086679b9b54e0acd72149434769d76ca86b3e2b0d00833aaf",
            "varied-small-32", "42849bb362e23e4532c0544edca7d6ad2add66af1078252bc0240902cb3d431c",
            "varied-small-33", "4b8bb04c96b47967094c60f3cdc234c34c48bca3768ce273b24954e9d84479fa",
            "varied-small-34", "942148bd8275825042c9bcd4407424e2d89cef38b0932ac69bf5f555995b7aa4",
            "varied-small-35", "b3d14ed1d7ebc5d244a69cf00ed89e884d9cd84461e780905cba50babeaa734c",
            "varied-small-36", "61c713d4eeb5ece749200dcb91395b686bb5a78b22924b15edb3d23260200b16",
            "varied-small-37", "2a616b1af484cfc835583b117346b74f281c13b8b5b041e2af2a1a15ad3c3490",
            "varied-small-38", "920b26a8eaf0e661e857c05bdff4dc482a5748a1114c1f7386fc833cfa61b3b7",
            "varied-small-39", "f9b0ea156a1eee51af0824243fd73c64e0bdfbf50ff0adf513835d66da951ff1",
            "varied-small-40", "10721fdc63777317a5f8b8834614af691c775a6c1f5a931f992fe20380ecabe7",
            "varied-medium-101", "5d652a32578c708d6fc3f698570fad1e4b686798a2332fc3d3ac991700bd0b3e",
            "varied-medium-102", "1b038c4bd8a235ea6884827934a2e7ac6fd43f280daf2b6e03d0f54a874e168e",
            "varied-medium-103", "a7a54e5460dd124e924bc675878f2caf3abb9640f0105df6cfc615b44591a39c",
            "varied-medium-104", "e5272e55ee793e5291f68ae0b079e0ff87d13b2b3d47f5c6e97ef579c382a1e8",
            "varied-medium-105", "89fce132de5e2148b35859855132e2e73f1f40ab8f2608d7a19043d4c18eba18",
            "varied-medium-106", "18a56753f9852e3c6d1e1cece7306831cdd776fc2af48e6eb4db868547736504",
            "varied-large-spof", "7eca74314be79ea54902720eabd3a571a54c381bb82a5d79f1b89dc4e0818eaa",
            "footprint-varied-1", "1608b3a241ee187bbc6ea5f8cce5c1ff15c2dda8ed08e59feaf5edda6187dcbb",
            "footprint-varied-2", "8aff4b845530c44ef5a562230fbd190a139befeb0f84acb735679084882f49aa",
            "footprint-varied-3", "14c0e5210e74bbb5737a49f6b5d59165b177189b86831c565f79fceb659a80c6",
            "footprint-varied-4", "5d97aa805a7560a611bbed5bbb6f982dec05da46441e9dbd410dd4360929548b");

    static Stream<Arguments> reports() {
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        AnalysisOptions options = new AnalysisOptions(2, true);
        CoverageAnalyzer analyzer = new CoverageAnalyzer();
        cases.put("korea", () -> analyzer.analyze(Korea2016Test.korea(), options));
        for (long seed = 1; seed <= 12; seed++) {
            long s = seed;
            cases.put("props-" + s + "-limited", () -> analyzer.analyze(PropertiesTest.generate(s, false), options));
            cases.put("props-" + s + "-unlimited", () -> analyzer.analyze(PropertiesTest.generate(s, true), options));
        }
        for (long seed = 1; seed <= 40; seed++) {
            long s = seed;
            cases.put("varied-small-" + s, () -> analyzer.analyze(VariedScenarios.generate(s, 6, 6, 5), options));
        }
        for (long seed = 101; seed <= 106; seed++) {
            long s = seed;
            cases.put("varied-medium-" + s, () -> analyzer.analyze(VariedScenarios.generate(s, 40, 16, 10), options));
        }
        cases.put("varied-large-spof", () -> analyzer.analyze(VariedScenarios.generate(78, 150, 40, 20), options));
        for (long seed = 1; seed <= 4; seed++) {
            long s = seed;
            cases.put("footprint-varied-" + s, () -> {
                Scenario scenario = VariedScenarios.generate(s, 3, 12, 8);
                return new FootprintAnalyzer().footprint(scenario, "S0", new MissileType("M", 400 + 100 * s, 0.3), 20, 10, options);
            });
        }
        return cases.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue()), DIGESTS.get(e.getKey())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theReportIsTheOneOfTheStraightforwardAnalysis(Supplier<Object> analysis, String digest, TestInfo info) throws IOException {
        String text = analysis.get().toString();
        if (!sha256(text).equals(digest)) {
            Path written = Path.of("target", "golden", info.getDisplayName().replaceAll("\\W+", "_") + ".txt").toAbsolutePath();
            Files.createDirectories(written.getParent());
            Files.writeString(written, text);
            fail("the report changed; it is in " + written);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> digests(String... nameDigest) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (int i = 0; i < nameDigest.length; i += 2) {
            digests.put(nameDigest[i], nameDigest[i + 1]);
        }
        return digests;
    }
}
