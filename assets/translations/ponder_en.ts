<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DataFolder</name>
    <message numerus="yes">
        <location filename="../../app/startup.py" line="+147"/>
        <source>%n reply(ies) were cut off when Ponder last closed; they are kept, marked interrupted.</source>
        <translation>
            <numerusform>%n reply was cut off when Ponder last closed; it is kept, marked interrupted.</numerusform>
            <numerusform>%n replies were cut off when Ponder last closed; they are kept, marked interrupted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message numerus="yes">
        <location filename="../../app/engine_bridge.py" line="+375"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests (the last from {client}), so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} It stopped %n time in a minute while answering local-server requests (the last from {client}), so it was not restarted. Choose a model to try again.</numerusform>
            <numerusform>{problem} It stopped %n times in a minute while answering local-server requests (the last from {client}), so it was not restarted. Choose a model to try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests, so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} It stopped %n time in a minute while answering local-server requests, so it was not restarted. Choose a model to try again.</numerusform>
            <numerusform>{problem} It stopped %n times in a minute while answering local-server requests, so it was not restarted. Choose a model to try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeavyControl</name>
    <message numerus="yes">
        <location filename="../../ui/heavy_control.py" line="+130"/>
        <source>%n generations</source>
        <comment>heavy mode&apos;s cost: the candidates and the judge</comment>
        <translation>
            <numerusform>%n generation</numerusform>
            <numerusform>%n generations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Generates %n solutions, then the model compares them and picks the best (NVIDIA&apos;s GenSelect). Costs about {cost} replies.</source>
        <comment>{cost} is the number of solutions plus one, 3 to 9</comment>
        <translation>
            <numerusform>Generates %n solution, then the model compares them and picks the best (NVIDIA&apos;s GenSelect). Costs about {cost} replies.</numerusform>
            <numerusform>Generates %n solutions, then the model compares them and picks the best (NVIDIA&apos;s GenSelect). Costs about {cost} replies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n gens</source>
        <comment>heavy mode&apos;s cost, short for %n generations</comment>
        <translation>
            <numerusform>%n gen</numerusform>
            <numerusform>%n gens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Costs {cost}: %n candidates and the judge</source>
        <translation>
            <numerusform>Costs {cost}: %n candidate and the judge</numerusform>
            <numerusform>Costs {cost}: %n candidates and the judge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeavyView</name>
    <message numerus="yes">
        <location filename="../../ui/heavy_view.py" line="+464"/>
        <source>Heavy · %n candidates</source>
        <comment>heavy mode&apos;s title in a reply</comment>
        <translation>
            <numerusform>Heavy · %n candidate</numerusform>
            <numerusform>Heavy · %n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>all %n candidates finished</source>
        <translation>
            <numerusform>all %n candidate finished</numerusform>
            <numerusform>all %n candidates finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>stopped · {finished} of %n candidates finished</source>
        <translation>
            <numerusform>stopped · {finished} of %n candidate finished</numerusform>
            <numerusform>stopped · {finished} of %n candidates finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>stopped after %n usable candidate(s); no answer</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>stopped after %n usable candidate; no answer</numerusform>
            <numerusform>stopped after %n usable candidates; no answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>picked {number} of {total} · by majority vote (%n agree)</source>
        <comment>no valid verdict: the most common final answer won; %n: how many gave it</comment>
        <translation>
            <numerusform>picked {number} of {total} · by majority vote (%n agrees)</numerusform>
            <numerusform>picked {number} of {total} · by majority vote (%n agree)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>stopped after %n usable candidate(s); candidate {number} kept</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>stopped after %n usable candidate; candidate {number} kept</numerusform>
            <numerusform>stopped after %n usable candidates; candidate {number} kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message numerus="yes">
        <location filename="../../app/model_controller.py" line="+79"/>
        <source>%n file(s) in the models folder cannot be used and were skipped: {problems}</source>
        <translation>
            <numerusform>%n file in the models folder cannot be used and was skipped: {problems}</numerusform>
            <numerusform>%n files in the models folder cannot be used and were skipped: {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>GPU, %n layer(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>GPU, %n layer</numerusform>
            <numerusform>GPU, %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>CPU, %n thread(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>{problem} Ponder did not restart it: it stopped %n time(s) in a minute. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Ponder did not restart it: it stopped %n time in a minute. Choose a model to try again.</numerusform>
            <numerusform>{problem} Ponder did not restart it: it stopped %n times in a minute. Choose a model to try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message numerus="yes">
        <location filename="../../ui/model_manager.py" line="+270"/>
        <source>%n repository(ies)</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n repository</numerusform>
            <numerusform>%n repositories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PonderApp</name>
    <message numerus="yes">
        <location filename="../../app/gui.py" line="+451"/>
        <source>%n reply(ies) could not be saved. {problem} Free some space and try again, or quit without them.</source>
        <translation>
            <numerusform>%n reply could not be saved. {problem} Free some space and try again, or quit without it.</numerusform>
            <numerusform>%n replies could not be saved. {problem} Free some space and try again, or quit without them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message numerus="yes">
        <location filename="../../app/server_switch.py" line="+176"/>
        <source>%n served</source>
        <comment>local server: requests answered</comment>
        <translation>
            <numerusform>%n served</numerusform>
            <numerusform>%n served</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>answering {client} (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>answering {client} (+%n waiting)</numerusform>
            <numerusform>answering {client} (+%n waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>answering a client (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>answering a client (+%n waiting)</numerusform>
            <numerusform>answering a client (+%n waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location filename="../../ui/l10n.py" line="+24"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
</context>
</TS>
