package dev.pipewright.git;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pull-request page for each remote URL form of GitHub and Azure DevOps (URLs written by hand from the services' pages). */
class PullRequestsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://github.com/contoso/adf-factory.git | https://github.com/contoso/adf-factory/compare/main...feature/sales-load?expand=1",
            "https://github.com/contoso/adf-factory | https://github.com/contoso/adf-factory/compare/main...feature/sales-load?expand=1",
            "https://user@github.com/contoso/adf-factory.git | https://github.com/contoso/adf-factory/compare/main...feature/sales-load?expand=1",
            "git@github.com:contoso/adf-factory.git | https://github.com/contoso/adf-factory/compare/main...feature/sales-load?expand=1",
            "ssh://git@github.com/contoso/adf-factory.git | https://github.com/contoso/adf-factory/compare/main...feature/sales-load?expand=1",
            "https://contoso@dev.azure.com/contoso/Data%20Platform/_git/adf-factory | https://dev.azure.com/contoso/Data%20Platform/_git/adf-factory/pullrequestcreate?sourceRef=feature%2Fsales-load&targetRef=main",
            "https://dev.azure.com/contoso/DataPlatform/_git/adf-factory | https://dev.azure.com/contoso/DataPlatform/_git/adf-factory/pullrequestcreate?sourceRef=feature%2Fsales-load&targetRef=main",
            "git@ssh.dev.azure.com:v3/contoso/DataPlatform/adf-factory | https://dev.azure.com/contoso/DataPlatform/_git/adf-factory/pullrequestcreate?sourceRef=feature%2Fsales-load&targetRef=main",
            "https://contoso.visualstudio.com/DataPlatform/_git/adf-factory | https://contoso.visualstudio.com/DataPlatform/_git/adf-factory/pullrequestcreate?sourceRef=feature%2Fsales-load&targetRef=main",
            "https://contoso.visualstudio.com/DefaultCollection/DataPlatform/_git/adf-factory | https://contoso.visualstudio.com/DataPlatform/_git/adf-factory/pullrequestcreate?sourceRef=feature%2Fsales-load&targetRef=main",
            "contoso@vs-ssh.visualstudio.com:v3/contoso/DataPlatform/adf-factory | https://contoso.visualstudio.com/DataPlatform/_git/adf-factory/pullrequestcreate?sourceRef=feature%2Fsales-load&targetRef=main",
    })
    void pageForEachRemoteForm(String remote, String page) {
        assertEquals(Optional.of(page), PullRequests.url(remote, "feature/sales-load", "main"));
    }

    @ParameterizedTest
    @CsvSource({"file:///srv/git/factory.git", "https://gitlab.com/contoso/adf.git", "/srv/git/factory.git"})
    void noPageForOtherRemotes(String remote) {
        assertEquals(Optional.empty(), PullRequests.url(remote, "feature/x", "main"));
    }
}
