namespace Mooc.TestSupport;

/// <summary>Drives the Login form over HTTP: fetches the page (token, captcha), posts the credentials.</summary>
public static class SignInClient
{
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient http, string username, string password, string captcha = ProductStack.CaptchaCode, string? returnUrl = null)
    {
        var page = await http.GetStringAsync(returnUrl is null ? "Login" : $"Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForm.Hidden(page, "__RequestVerificationToken"),
            ["Form.CaptchaId"] = HtmlForm.Hidden(page, "Form.CaptchaId"),
            ["Form.Username"] = username,
            ["Form.Password"] = password,
            ["Form.Captcha"] = captcha,
        };
        if (returnUrl is not null)
        {
            form["ReturnUrl"] = returnUrl;
        }

        return await http.PostAsync("Login", new FormUrlEncodedContent(form));
    }

    public static async Task SignInAsync(HttpClient http, string username, string password)
    {
        using var response = await PostLoginAsync(http, username, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {username} failed: {(int)response.StatusCode}");
        }
    }
}
