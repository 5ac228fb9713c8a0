using Mooc.WebFrontend.Hosting;

return await FrontendProgram.RunAsync(args);
