package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Go client's per-action code lists, as the generator reads them. */
class GoClientsTest {
    @TempDir
    Path dir;

    private static final String CLIENT = """
            // ArchiveKey
            // 对密钥进行归档
            //
            // 可能返回的错误码:
            //  INTERNALERROR = "InternalError"
            //  RESOURCEUNAVAILABLE_CMKNOTFOUND = "ResourceUnavailable.CmkNotFound"
            func (c *Client) ArchiveKey(request *ArchiveKeyRequest) (response *ArchiveKeyResponse, err error) {
                return c.ArchiveKeyWithContext(context.Background(), request)
            }

            // ArchiveKey
            //
            // 可能返回的错误码:
            //  INTERNALERROR = "InternalError"
            //  RESOURCEUNAVAILABLE_CMKNOTFOUND = "ResourceUnavailable.CmkNotFound"
            func (c *Client) ArchiveKeyWithContext(ctx context.Context, request *ArchiveKeyRequest) (response *ArchiveKeyResponse, err error) {
            }

            // 可能返回的错误码:
            //  INTERNALERROR = "InternalError"
            var unrelated = 1

            // ListKeys lists no code
            func (c *Client) ListKeys(request *ListKeysRequest) (response *ListKeysResponse, err error) {
            }
            """;

    @Test
    void anActionsListIsTheOneAboveItsOwnFunctionAndAListNotRightAboveAnActionBelongsToNone() {
        Map<String, List<String>> actions = GoClients.parse("client.go", CLIENT);
        assertEquals(Map.of("ArchiveKey", List.of("InternalError", "ResourceUnavailable.CmkNotFound"), "ListKeys", List.of()), actions);
    }

    @Test
    void anActionTwiceIsAnErrorNamingTheLine() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> GoClients.parse("client.go", """
                func (c *Client) A(request *ARequest) {
                }
                func (c *Client) A(request *ARequest) {
                """));
        assertTrue(e.getMessage().contains("client.go:3") && e.getMessage().contains("the action A a second time"), e.getMessage());
    }

    @Test
    void aFolderOrAZipLaidOutLikeTheModuleIsReadWithItsVersionFromItsName() throws IOException {
        Path folder = dir.resolve("tencentcloud-sdk-go-1.3.166");
        Path client = folder.resolve("tencentcloud/kms/v20190118/client.go");
        Files.createDirectories(client.getParent());
        Files.writeString(client, CLIENT);
        Files.writeString(folder.resolve("tencentcloud/kms/v20190118/models.go"), "not read");
        GoClients fromFolder = GoClients.open(folder);
        assertEquals("tencentcloud-sdk-go", fromFolder.title());
        assertEquals("1.3.166", fromFolder.version());
        assertEquals(List.of("InternalError", "ResourceUnavailable.CmkNotFound"),
                fromFolder.products().get("kms").get("2019-01-18").get("ArchiveKey"));
        assertEquals(ProductData.Actions.NONE, fromFolder.actions("cvm"));
        assertEquals("SDK tencentcloud-sdk-go 1.3.166", fromFolder.actions("kms").source().orElseThrow().describe());

        Path zip = dir.resolve("tencentcloud-sdk-go-v1.3.167.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("github.com/tencentcloud/tencentcloud-sdk-go@v1.3.167/tencentcloud/kms/v20190118/client.go"));
            z.write(CLIENT.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        GoClients fromZip = GoClients.open(zip);
        assertEquals("1.3.167", fromZip.version());
        assertEquals(fromFolder.products(), fromZip.products());
    }

    @Test
    void whatHoldsNoClientIsRefusedSayingWhy() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-1.0"));
        assertTrue(assertThrows(SourceFormatException.class, () -> GoClients.open(empty)).getMessage()
                .contains("holds no tencentcloud/<product>/v<date>/client.go"));
        assertTrue(assertThrows(SourceFormatException.class, () -> GoClients.open(dir.resolve("missing"))).getMessage()
                .contains("no such folder or zip"));
        Path notZip = Files.writeString(dir.resolve("x-1.0.zip"), "not a zip");
        assertTrue(assertThrows(SourceFormatException.class, () -> GoClients.open(notZip)).getMessage()
                .contains("not a folder and not a readable zip"));
    }
}
