using Mooc.TestSupport;

namespace Mooc.UnitTests.Observability;

public sealed class PrometheusTextTests
{
    private const string Scrape = """
        # TYPE http_server_request_duration_seconds histogram
        http_server_request_duration_seconds_count{http_request_method="GET",http_response_status_code="404",http_route="/status/{code}",url_scheme="http"} 2 1765100000000
        http_server_request_duration_seconds_count{http_request_method="GET",http_response_status_code="200",url_scheme="http"} 5
        mooc_exam_answers_total{status="Saved"} 3
        mooc_exam_answers_total_extra 100
        """;

    [Fact]
    public void LabelValueWithABrace_ShouldNotEndTheLabels() =>
        Assert.Equal(7, PrometheusText.Sum(Scrape, "http_server_request_duration_seconds_count"));

    [Fact]
    public void Label_ShouldSelectItsSamplesOnly() =>
        Assert.Equal(2, PrometheusText.Sum(Scrape, "http_server_request_duration_seconds_count", "http_response_status_code=\"404\""));

    [Fact]
    public void MetricWhoseNameOnlyStartsTheSame_ShouldNotCount() =>
        Assert.Equal(3, PrometheusText.Sum(Scrape, "mooc_exam_answers_total"));

    [Fact]
    public void AbsentMetric_ShouldBeNull() => Assert.Null(PrometheusText.Sum(Scrape, "mooc_signalr_connections"));
}
