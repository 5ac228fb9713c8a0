using Mooc.Silo.Hosting;
using Mooc.Silo.Operations;

return args switch
{
    [RebuildProjectionsCommand.Name, .. var rest] => await RebuildProjectionsCommand.RunAsync(rest),
    [VerifyAttemptsCommand.Name, .. var rest] => await VerifyAttemptsCommand.RunAsync(rest),
    _ => await SiloProgram.RunAsync(args),
};
