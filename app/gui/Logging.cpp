#include "Logging.h"

#include <QDir>

#include <chrono>
#include <memory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace govops::app {

Q_LOGGING_CATEGORY(lcApp, "govops.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLayout, "govops.app.layout", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogin, "govops.app.login", QtInfoMsg)

namespace {

constexpr std::size_t MaxFileBytes = 5 * 1024 * 1024;
constexpr std::size_t MaxFiles = 5;

std::shared_ptr<spdlog::logger> g_logger;     // the file; set once before the handler is installed
QtMessageHandler g_previousHandler = nullptr; // Qt's own: prints to stderr

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_logger) {
        const QByteArray text = message.toUtf8();
        const bool problem = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
        if (context.file && problem) { // where it came from helps with problems; it is noise otherwise
            g_logger->log(levelOf(type), "[{}] {} ({}:{})", context.category ? context.category : "default",
                          text.constData(), context.file, context.line);
        } else {
            g_logger->log(levelOf(type), "[{}] {}", context.category ? context.category : "default", text.constData());
        }
        if (type == QtFatalMsg)
            g_logger->flush(); // Qt aborts when this returns
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

QString startLogging(const QString &directory)
{
    QString path;
    if (QDir().mkpath(directory)) {
        path = QDir(directory).filePath(u"govops.log"_s);
        try {
            g_logger = spdlog::rotating_logger_mt("govops", path.toStdString(), MaxFileBytes, MaxFiles);
            g_logger->set_level(spdlog::level::trace); // the categories decide what arrives
            g_logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %-8l %v");
            g_logger->flush_on(spdlog::level::warn);
            spdlog::flush_every(std::chrono::seconds(1));
        } catch (const spdlog::spdlog_ex &e) {
            g_logger.reset();
            path.clear();
            qCWarning(lcApp, "Cannot open the log file in %s: %s", qUtf8Printable(directory), e.what());
        }
    } else {
        qCWarning(lcApp, "Cannot create the log folder %s", qUtf8Printable(directory));
    }
    g_previousHandler = qInstallMessageHandler(handleMessage);
    return path;
}

void stopLogging()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
    spdlog::shutdown();
}

} // namespace govops::app
