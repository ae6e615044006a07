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
            "korea", "bfff89f6c0a2beba58cf66889e2cfbf3b949d08183da948b580f869314b0f51c",
            "props-1-limited", "cd4e2cea81ca9ebe69ee309f9173dbdb30203ba1ae906327b1ba6fb7540e39cf",
            "props-1-unlimited", "d6f78ecfd31c524ff99e0756284785efcb2bd9ed803b98be7d6d26421d777383",
            "props-2-limited", "e48ac82a35e4d84c7e42a57f4235b5f16c76b1f8bf046e613a799ffa78df0e1d",
            "props-2-unlimited", "9ca9a394b0b6e271f8ae2187add7395a4d3166dd64371f94bd163c3b59ef1514",
            "props-3-limited", "0dbd0fcf02c754a6b6e88a531fb50b6b33c3e3de20a3f481d28fb705587a95d4",
            "props-3-unlimited", "40ab9f7fb1bb3c0101fee79782e4db024ffc383d6a92d4ead82b27b56327aa78",
            "props-4-limited", "ea32756bcebe2d2aa8395097cecb3f425ab3060a051b77cf0664009552b1cc76",
            "props-4-unlimited", "12d28163812744bfac3e93909d30671c6528d879f175c099bbece8f81a64bb7e",
            "props-5-limited", "62a4940a41c9a184929c8d7a0fb3397b37916817afb8cf285c8ef0d981a4652a",
            "props-5-unlimited", "c5bb6cc2d77289ddb41822943d45fc75c1989fe22eef35ec4c5a9449bd4a79e3",
            "props-6-limited", "05122f5c370ddd53619e1bbd7a6aaec3d29ede6ceca7fc315300d9c8387094ea",
            "props-6-unlimited", "05192e50dd7e72f20e1b7c712a6baf24045e1864be4f2c7a960c4951583a56e3",
            "props-7-limited", "96c8adc9acfc8f845d3aa7c31303a5ffb88e11f200628e9bcd023baec884a7ac",
            "props-7-unlimited", "60d9f18d37b00a2a6f1235694a5a5c16486076c87dc1ab5c9cc2d39f31a7a374",
            "props-8-limited", "966a6d5b26c813aedbf4822b3820ba0af490f48056a594d18acb165f9753d6b4",
            "props-8-unlimited", "fb7fcaf00eb2e111095623d493bea90107935ab297c421b8b36ced3a3a0ae9d3",
            "props-9-limited", "053f49f6f12d814b57df074817945240952cda08dc5b3e4c7d155188ae05ebf4",
            "props-9-unlimited", "e03fc19f1fad5a9423467fc3ff800ff0628da6e8f84bac22b32370abd6e97617",
            "props-10-limited", "a2ed48a0b8e26ec7c0468f3cd9b84de8c7d8aeb629ec5a20f6496ad92c5b6a00",
            "props-10-unlimited", "783880e3fa866fb11af0a7f5e2e327953316227f814ac65418b646fd7ccc89bf",
            "props-11-limited", "5d3aca16838c60ff6986ef64f1b24542e9fd0f6a9f7065acd816cb8c7caffb38",
            "props-11-unlimited", "3643c1e9f78df11285d9e6b887af798fc563b796ecdd0491e93c7d523d4ad236",
            "props-12-limited", "f20348e3ddab912ecf2dbc2744cb1d14c098810d8c8ede0b779822cb76142a77",
            "props-12-unlimited", "74736b26a23fc6382e0f175b650ed599782f9e2c5c7b4199062620630caa1391",
            "varied-small-1", "39d6fec669d47519c0b5f8e004a2fc50e90db2f054695f436e2c99536342396c",
            "varied-small-2", "0fbe678e8be7a00882a427296bea2e9b3cc04b924708718918edb0da6a2dac83",
            "varied-small-3", "32c181c3ad0804240a7aed4a8fd1231ea1b7af577a0619a44994611d3454da87",
            "varied-small-4", "26162abe80af338d016b6748584099b73931b78f229c443b41d2f3905d56e92c",
            "varied-small-5", "7b62973fcbf5ea4b42a279b1a4cc0b883c77c126522eb27b40e1fb78af6e1d13",
            "varied-small-6", "483b35231ddcebbe6c9c4e90c2cb290ec3fece28761ec63e2a162d45ac37ce9a",
            "varied-small-7", "e2afd70a618a6a2c0295bfaf939dcf06242888014177472f227246b608f9736e",
            "varied-small-8", "d59323bb4d1548fd3e34ec874ef199b601c0094ae7e0ac4e08861d1acba2d2f1",
            "varied-small-9", "9412d890f924360f1923d80f013b778f0f9df2caf6a7833ad977ca64d7cd9d5f",
            "varied-small-10", "6e4e7fd8c72b7b1f4bbc5db5d0984cc4ba50061bcd814e8e369078496054cef4",
            "varied-small-11", "1e944155e2c9906f5cd4c36d731973f2fa140d0d4d2a341c70ad3994e940579e",
            "varied-small-12", "3931f815c5c5dd183b60d1f09813f095a6a1f2455519f949120e59daebfda288",
            "varied-small-13", "a8bdcb10e7fe6b2e851f0e094b55b1ab57a4f328d6717696a497fe5e4e30f578",
            "varied-small-14", "3b781454cd0012d2ae50fc39db4c68c0aabd7ca99b6240ce2f03552ce4994a7e",
            "varied-small-15", "5734f5dcb43cfbd2a52648a5389dff38763bbb39143e057a206b3c0bbc9a94f5",
            "varied-small-16", "031d5b4dfbbb42b6dadfe999b06e0da1eae6ad4bf3c918341ad1e9892576c919",
            "varied-small-17", "07939d3bca168a925ec414dd5a67230c79fb37b1a36ef9a24467cb55676b920d",
            "varied-small-18", "871eb379298068931c9e02eed0849d449ab4138b5837830652ea17e45a31cbe0",
            "varied-small-19", "1bf0376b455c50bd2140e237a85216e8615eba17db638050d5533f5151b11412",
            "varied-small-20", "7e7ee35a7b6b44abdece23f3355e222325c23d8142a4e798c1aa1f386e62a524",
            "varied-small-21", "fe00d4d0221643aa040248b7ee1178a3b37ed1b0be573c18dfbb756aa18aa29b",
            "varied-small-22", "65ff1cb8f0cb3eaaccbfb0697e61c27788260584ad7f0084f7b98055ceb22923",
            "varied-small-23", "41482af4f98e653a0ca6ffa3e09eb68e1269ef892854d9132d37f604feef50ce",
            "varied-small-24", "0eaf7d13662a382fff799663434780ff21cd9e29f2b355d0f6d0b1e10da9e81c",
            "varied-small-25", "32c7064c43e9405b7735ebf4e4ca5a54d7fa18b306b1e328a126e26af772e391",
            "varied-small-26", "d22acfb35e88edc3385e2f0ada3b659d80fbd6b9e545882fb771482e8891ea36",
            "varied-small-27", "bffdb673d10a57d837b210cd8083adfcfd2052dcc8b8f7c4a2b8d01ff7cbfa27",
            "varied-small-28", "92535846635ff4a0878366462b7e9ccd4d061138e09c578968c2021cda6dd5f2",
            "varied-small-29", "1294d7f846c443d717163f1ad7feb70757aeb61e112fb533ba8040c1fdc5df3f",
            "varied-small-30", "1011b7ef0ec283d115fd2754ed815127e233d096b596eef41f1a87e65b7e86bc",
            "varied-small-31", "6743076066edf21f5aea7a4f81a1f5ebb93dcee5b7e3cc31d838c12d04828e0f",
            "varied-small-32", "b3142f1bf1cf9c02efbc7c885e7ad107f50644885f955d4eb434ec20f30a110a",
            "varied-small-33", "58fedc22b68b1ede5a2d4dc3de0c33696f92c5ba2278710d5a267eb01f56b962",
            "varied-small-34", "e4b8d29d4b374edb26937f176fbdb4868938d61ac8cf193f44571b75bcf50609",
            "varied-small-35", "89afa0d234ab06d9008ac0ae2e86fb5178d78a1dce7357332557268d53407c6e",
            "varied-small-36", "8a4150d5fcf3d8e9c2c25dd6dc3f70fcdf8e9e493f18d6dbed71b23772189021",
            "varied-small-37", "bd445788925540f82dfac4a0a526003c2ac4efb16ddfd87357f2c2e60ce52e38",
            "varied-small-38", "b8d4898974f14e110aafdad7d7d1e072aac357132939ce963c676c772f741ad2",
            "varied-small-39", "54a858c7505ca4e0348038aa62df97004e641fd22eb9ce6d97674650a45393cc",
            "varied-small-40", "1c08c5c6ad525b4f1f48ac12802c3b4c42c48912d078e64ad9db0029253fdd5e",
            "varied-medium-101", "77df6982f7cadc375781b30adf2a6f5eac92cceae4493e1590bf5c8dfad3aaad",
            "varied-medium-102", "3c941dd6dc46da8e51c88e458edbbed8242fc995e14f2e250c2ff450a2d8f4ce",
            "varied-medium-103", "6524b8079770a2b1e60959ab5862d8affa6916a3faf384f5d788e6eba56bf2a1",
            "varied-medium-104", "ffc1d360405a9ebba977ed25810ce889eae450a31888043322b87dae36e535b1",
            "varied-medium-105", "48db44d4b792a5e1002591cb462a1405ee8c75426fe35921298330039588f897",
            "varied-medium-106", "249b3b295bfb01f11f969bd2f5486baadf791ad467ebb13dd4c0c5e1c7364863",
            "varied-large-spof", "847c642abd614eb936bf74c22ca6509acb71b3fe1ec1224bef3b53a20e0e03f8",
            "footprint-varied-1", "1608b3a241ee187bbc6ea5f8cce5c1ff15c2dda8ed08e59feaf5edda6187dcbb",
            "footprint-varied-2", "8aff4b845530c44ef5a562230fbd190a139befeb0f84acb735679084882f49aa",
            "footprint-varied-3", "78c9ffd61cf407ab61eacccbd3e44fb573ee693ae1f8e38be89537389d85d9d3",
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
