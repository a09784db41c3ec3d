#include "server/serverconnection.h"

#include "common/threadjoin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seatsim {

ServerConnection::ServerConnection(QObject* parent)
    : QObject(parent) {
}

ServerConnection::~ServerConnection() {
    shutdown();
}

void ServerConnection::configure(std::optional<ConnectionSettings> external,
                                 EmbeddedServer::Options embeddedOptions, QString schema) {
    shutdown();
    m_external = std::move(external);
    m_embeddedOptions = std::move(embeddedOptions);
    if (!schema.isEmpty())
        m_schema = schema;
    else if (m_external)
        m_schema = m_external->schema;
    setState(State::Idle);
}

bool ServerConnection::start(Error& error) {
    ConnectionSettings settings;
    if (m_external) {
        settings = *m_external;
        settings.schema = m_schema;
        // Prove the server answers and the login works before anything else uses it.
        const QString name = uniqueConnectionName(u"seatsim-probe"_s);
        if (!settings.open(name, error).isValid())
            return false;
        closeConnection(name);
    } else {
        if (!m_embedded)
            m_embedded = std::make_unique<EmbeddedServer>(m_embeddedOptions);
        if (!m_embedded->start(error))
            return false;
        settings = m_embedded->connectionSettings();
        settings.schema = m_schema;
    }
    m_settings = settings;
    return true;
}

void ServerConnection::startInBackground() {
    if (m_state == State::Starting)
        return;
    setState(State::Starting);
    if (m_starter)
        joinThread(m_starter.get());
    m_starter.reset(QThread::create([this] {
        m_startError = {};
        m_startOk = start(m_startError);
        QMetaObject::invokeMethod(this, &ServerConnection::starterFinished, Qt::QueuedConnection);
        threadFinishing();
    }));
    m_starter->start();
}

void ServerConnection::starterFinished() {
    if (!m_starter) // shut down meanwhile
        return;
    joinThread(m_starter.get()); // all the thread did is seen from here on
    setState(m_startOk ? State::Ready : State::Failed, m_startError.text());
}

void ServerConnection::recoverInBackground() {
    if (m_state == State::Starting || !isEmbedded())
        return;
    if (m_starter)
        joinThread(m_starter.get());
    startInBackground();
}

void ServerConnection::shutdown() {
    if (m_starter) {
        joinThread(m_starter.get());
        m_starter.reset();
    }
    if (m_embedded) {
        m_embedded->release();
        m_embedded.reset();
    }
    m_state = State::Idle;
}

QString ServerConnection::describe() const {
    if (isEmbedded()) {
        const QString where = m_embedded ? m_embedded->socketDir() : QString();
        return QCoreApplication::translate("ServerConnection", "private server (%1), schema %2")
            .arg(where, m_schema);
    }
    return QCoreApplication::translate("ServerConnection", "%1, schema %2")
        .arg(m_external->describe(), m_schema);
}

void ServerConnection::setState(State state, const QString& error) {
    m_error = error;
    if (m_state == state && error.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace seatsim
