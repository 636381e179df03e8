# GiaVien.Cms: multi-stage build. The publish command is the one .ci/run runs, so a broken publish fails CI.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Node.js and npm install the admin's editor (Trix) from ClientApp/package-lock.json; a Release build fails without them.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# ReadyToRun: the assemblies (EF Core, Fluid, the CMS's own) are compiled ahead, so a restarted node's way to readiness
# and the first pages JIT-compile far less (docs/operations.md, "The image: ReadyToRun"); the crossgen compiler comes from NuGet.
RUN dotnet publish src/GiaVien.Cms.Web/GiaVien.Cms.Web.csproj -c Release -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl serves the container health check only.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown app:app /data
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Cms__DataPath=/data
VOLUME ["/data"]
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "GiaVien.Cms.Web.dll"]
