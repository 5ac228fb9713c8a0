using Mooc.WebFrontend.Accounts.Import;
using Mooc.WebFrontend.Hosting;

return args is [ImportAccountsCommand.Name, .. var rest]
    ? await ImportAccountsCommand.RunAsync(rest)
    : await FrontendProgram.RunAsync(args);
