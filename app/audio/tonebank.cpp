#include "tonebank.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

namespace {

quint32 readU32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint16 readU16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

} // namespace

bool ToneBank::load(const QString &folder, QString *errorText)
{
    for (Tone tone : Tones::all()) {
        const QString name = Tones::fileName(tone);
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *errorText = QStringLiteral("%1: cannot be read: %2").arg(name, file.errorString());
            return false;
        }
        QString problem;
        const Mixer::Samples samples = readWav(file.readAll(), &problem);
        if (samples.isEmpty()) {
            *errorText = QStringLiteral("%1: %2").arg(name, problem);
            return false;
        }
        m_samples.insert(tone, samples);
    }
    return true;
}

Mixer::Samples ToneBank::readWav(const QByteArray &bytes, QString *problem)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE") {
        *problem = QStringLiteral("not a WAV file");
        return {};
    }
    bool formatOk = false;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = readU32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (body + size > bytes.size())
            break;
        if (id == "fmt " && size >= 16) {
            formatOk = readU16(bytes, body) == 1 && readU16(bytes, body + 2) == 1 &&
                       readU32(bytes, body + 4) == kSampleRate && readU16(bytes, body + 14) == 16;
        } else if (id == "data" && formatOk && size >= 2) {
            Mixer::Samples samples(size / 2);
            for (qsizetype i = 0; i < samples.size(); ++i)
                samples[i] = qint16(readU16(bytes, body + 2 * i));
            return samples;
        }
        at = body + size + (size & 1);
    }
    *problem = formatOk ? QStringLiteral("has no sound data")
                        : QStringLiteral("must be 16-bit mono PCM at %1 Hz").arg(kSampleRate);
    return {};
}
