package io.jifen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks an answer is the problem+json api.md promises, with no internals leaking. */
public final class ProblemAssert {
    private ProblemAssert() {
    }

    public static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(response.body()).doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("select ")
                .doesNotContain("at io.jifen")
                .doesNotContain("org.eclipse");
    }
}
